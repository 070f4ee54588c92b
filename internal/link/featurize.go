package link

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxTerms is the number of terms kept in a thread's Features.
const MaxTerms = 40

// Prefix of name-phrase and actor terms ("n:tara reid"); plain word terms
// are Snowball stems and never contain a colon.
const namePrefix = "n:"

// Boosts applied to raw term weights.
const (
	phraseBoost = 3.0 // multi-word capitalised names and actors
	nameBoost   = 3.0 // single capitalised words away from a sentence start
	ledeBoost   = 1.5 // terms first seen in the opening fifth of the text
	commonDamp  = 0.5 // everyday news words (see commonWords)
)

// token is one word of the text.
type token struct {
	surface string
	lower   string
	start   bool // first word of a sentence
	capital bool // starts with an upper-case letter
	number  bool // contains a digit
}

// tokenize splits text into word tokens, marking sentence starts.
func tokenize(text string) []token {
	out := make([]token, 0, len(text)/6+1) // about a word per six bytes
	start := true
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			switch r {
			case '.', '!', '?', ':', ';', '\n', '"', '“', '”', '•', '|':
				start = true
			}
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += s2
				continue
			}
			// Keep apostrophes inside words and decimal points or
			// thousands separators inside numbers.
			if j+s2 < len(text) {
				r3, _ := utf8.DecodeRuneInString(text[j+s2:])
				if (r2 == '\'' || r2 == '’') && unicode.IsLetter(r3) {
					j += s2
					continue
				}
				if (r2 == '.' || r2 == ',') && unicode.IsDigit(r3) && unicode.IsDigit(r) {
					j += s2
					continue
				}
			}
			break
		}
		s := text[i:j]
		i = j
		s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
		t := token{surface: s, lower: strings.ToLower(s), start: start}
		start = false
		first, _ := utf8.DecodeRuneInString(s)
		t.capital = unicode.IsUpper(first)
		t.number = strings.ContainsFunc(s, unicode.IsDigit)
		out = append(out, t)
	}
	return out
}

// termAcc accumulates one term while featurising.
type termAcc struct {
	count float64
	boost float64
	first int
	// Surface forms with their counts: a term has few, so a list beats a
	// map, and the first is kept inline.
	form  surfaceCount
	forms []surfaceCount
}

// surfaceCount counts one surface form of a term.
type surfaceCount struct {
	form string
	n    int
}

// addSurface counts one occurrence of the surface form s.
func (a *termAcc) addSurface(s string) {
	if a.form.n == 0 || a.form.form == s {
		a.form.form = s
		a.form.n++
		return
	}
	for i := range a.forms {
		if a.forms[i].form == s {
			a.forms[i].n++
			return
		}
	}
	a.forms = append(a.forms, surfaceCount{s, 1})
}

// Featurize computes the features of a thread: up to MaxTerms weighted
// terms (Snowball stems of content words, numbers, and "n:"-prefixed name
// phrases and actor names) with sublinear term frequency. Weights carry no
// archive statistics; the Linker applies inverse document frequency, so the
// stored Features never go stale.
func Featurize(d ThreadDoc) Features {
	toks := tokenize(d.Text)
	// Words seen capitalised mid-sentence are names even at a sentence start.
	midCap := map[string]bool{}
	for _, t := range toks {
		if t.capital && !t.start && !t.number {
			midCap[t.lower] = true
		}
	}
	// The story title leads: it tells what a short thread of a long story
	// is about. Headlines are often in title case, so their capitals only
	// count where the text confirms the name (every title word is taken
	// as a sentence start). A thread that opens with the title has it.
	if useTitle && d.Title != "" && !strings.HasPrefix(strings.TrimSpace(d.Text), strings.TrimSpace(d.Title)) {
		title := tokenize(d.Title)
		for i := range title {
			title[i].start = true
		}
		toks = append(title, toks...)
	}
	isName := func(t token) bool {
		if !t.capital || t.number {
			return false
		}
		if _, stop := stopwords[t.lower]; stop {
			return false
		}
		return !t.start || midCap[t.lower]
	}
	// Terms in order of first occurrence; index maps a key to its place.
	terms := make([]termAcc, 0, len(toks)/2)
	keys := make([]string, 0, len(toks)/2)
	index := make(map[string]int32, len(toks)/2)
	add := func(key, surface string, pos int, boost float64) {
		k, ok := index[key]
		if !ok {
			k = int32(len(terms))
			index[key] = k
			terms = append(terms, termAcc{first: pos, boost: boost})
			keys = append(keys, key)
		}
		a := &terms[k]
		a.count++
		a.boost = max(a.boost, boost)
		a.addSurface(surface)
	}
	var run []token
	words := 0
	flush := func(pos int) {
		if len(run) >= 2 && len(run) <= 4 {
			parts := make([]string, len(run))
			surf := make([]string, len(run))
			for i, t := range run {
				parts[i] = t.lower
				surf[i] = t.surface
			}
			add(namePrefix+strings.Join(parts, " "), strings.Join(surf, " "), pos, phraseBoost)
		}
		run = run[:0]
	}
	for i, t := range toks {
		name := isName(t)
		if name && !(t.start && len(run) > 0) {
			run = append(run, t)
		} else {
			flush(i)
			if name {
				run = append(run, t)
			}
		}
		if t.number {
			if len(t.lower) >= 2 {
				add(t.lower, t.surface, i, 1)
			}
			continue
		}
		if len(t.lower) < 2 {
			continue
		}
		if _, stop := stopwords[t.lower]; stop {
			continue
		}
		boost := 1.0
		if name {
			boost = nameBoost
		} else if _, common := commonWords[t.lower]; common {
			boost = commonDamp
		}
		surf := t.lower
		if name {
			surf = t.surface
		}
		add(stem(t.lower), surf, i, boost)
		words++
	}
	flush(len(toks))
	year := dominantYear(toks)
	for _, a := range d.Actors {
		name := a
		if k := strings.IndexByte(a, ':'); k >= 0 {
			name = a[k+1:]
		}
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		add(namePrefix+strings.ToLower(name), name, 0, phraseBoost)
	}
	lede := len(toks) / 5
	out := make([]TermWeight, 0, len(terms))
	for k := range terms {
		key, a := keys[k], &terms[k]
		w := (1 + math.Log(a.count)) * a.boost
		if a.first <= lede {
			w *= ledeBoost
		}
		out = append(out, TermWeight{Term: key, Weight: float32(w), Surface: bestSurface(key, a.form, a.forms)})
	}
	slices.SortFunc(out, func(x, y TermWeight) int {
		if c := cmp.Compare(y.Weight, x.Weight); c != 0 {
			return c
		}
		// Longer words are usually the more specific ones.
		if c := cmp.Compare(len(y.Term), len(x.Term)); c != 0 {
			return c
		}
		return strings.Compare(x.Term, y.Term)
	})
	if len(out) > MaxTerms {
		out = out[:MaxTerms]
	}
	slices.SortFunc(out, func(x, y TermWeight) int { return strings.Compare(x.Term, y.Term) })
	actors := slices.Clone(d.Actors)
	slices.Sort(actors)
	actors = slices.Compact(actors)
	return Features{ID: d.ID, Story: d.Story, Title: d.Title, Label: d.Label, Published: d.Published, Terms: out, Actors: actors, Year: year, Words: words}
}

// dominantYear returns the year (1900–2099) the text mentions most often,
// the first mentioned on a tie, or 0.
func dominantYear(toks []token) int {
	count := map[int]int{}
	best, n := 0, 0
	for _, t := range toks {
		if len(t.lower) != 4 || !(strings.HasPrefix(t.lower, "19") || strings.HasPrefix(t.lower, "20")) {
			continue
		}
		y, err := strconv.Atoi(t.lower)
		if err != nil {
			continue
		}
		count[y]++
		if count[y] > n {
			best, n = y, count[y]
		}
	}
	return best
}

// bestSurface returns the most frequent surface form of a term, or "" when
// it equals the key (to keep Features small).
func bestSurface(key string, form surfaceCount, forms []surfaceCount) string {
	best, n := form.form, form.n
	for _, f := range forms {
		s, c := f.form, f.n
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	if best == key || namePrefix+best == key {
		return ""
	}
	return best
}

// Display returns the readable form of a term.
func (t TermWeight) Display() string {
	if t.Surface != "" {
		return t.Surface
	}
	return strings.TrimPrefix(t.Term, namePrefix)
}

var useTitle = true
