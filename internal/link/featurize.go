package link

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	stemmer "github.com/storyline/storyline/internal/stem"
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
// stored Features never go stale. It is safe for concurrent use.
func Featurize(d ThreadDoc) Features {
	fz := featurizers.Get().(*featurizer)
	fz.nextStory()
	f := fz.featurize(d)
	fz.release()
	featurizers.Put(fz)
	return f
}

// featurize is Featurize with the scratch of fz.
func (fz *featurizer) featurize(d ThreadDoc) Features {
	// The story title leads: it tells what a short thread of a long story
	// is about. Headlines are often in title case, so their capitals only
	// count where the text confirms the name (every title word is taken
	// as a sentence start). A thread that opens with the title has it, and
	// a thread the title is not about (OtherMatter) goes without.
	if useTitle && !d.OtherMatter && d.Title != "" && !strings.HasPrefix(strings.TrimSpace(d.Text), strings.TrimSpace(d.Title)) {
		fz.tokenize(d.Title, true)
		// In a title in sentence case ("Halvard's past fine and a march
		// for Rovers"), a capital away from its starts is a name's.
		caps, inner := 0, 0
		for _, t := range fz.toks {
			if !t.start && !t.number {
				inner++
				if t.capital {
					caps++
				}
			}
		}
		for i := range fz.toks {
			t := &fz.toks[i]
			t.nameCap = t.capital && !t.start && !t.number && 2*caps < inner
			t.start = true
		}
	}
	nTitle := len(fz.toks)
	fz.tokenize(d.Text, false)
	fz.resolveLower()
	toks := fz.toks
	// Words seen capitalised mid-sentence are names even at a sentence start.
	for i := range toks[nTitle:] {
		if t := &toks[nTitle+i]; t.capital && !t.start && !t.number {
			fz.info(t.lower).midCap = true
		}
	}
	words := 0
	for i := range toks {
		t := &toks[i]
		var inf *wordInfo
		name := false
		if t.capital && !t.number {
			inf = fz.info(t.lower)
			name = !inf.stop && (!t.start || inf.midCap)
		}
		if name && !(t.start && len(fz.run) > 0) {
			fz.run = append(fz.run, int32(i))
		} else {
			fz.flush(i, d)
			if name {
				fz.run = append(fz.run, int32(i))
			}
		}
		if t.number {
			if len(t.lower) >= 2 {
				k, ok := fz.index[t.lower]
				if !ok {
					k = fz.newTerm(t.lower, i, 1)
				}
				fz.bump(k, t.surface, 1)
			}
			continue
		}
		if len(t.lower) < 2 {
			continue
		}
		if inf == nil {
			inf = fz.info(t.lower)
		}
		if inf.stop {
			continue
		}
		boost := 1.0
		if name {
			boost = nameBoost
		} else if inf.common {
			boost = commonDamp
		}
		// A word capitalised inside a sentence or title but not taken for
		// a name (as in a title, "Halvard's past fine") keeps its capital
		// as a candidate form, so labels write it so; a common word's
		// lower-case uses outvote it (as in a headline in title case).
		surf := t.lower
		if name || t.capital && !t.start || t.nameCap {
			surf = t.surface
		}
		if inf.term < 0 {
			key := inf.stem
			k, ok := fz.index[key]
			if !ok {
				k = fz.newTerm(key, i, boost)
			}
			inf.term = k
		}
		fz.bump(inf.term, surf, boost)
		words++
	}
	fz.flush(len(toks), d)
	year := fz.dominantYear()
	for i, a := range d.Actors {
		name := a
		if k := strings.IndexByte(a, ':'); k >= 0 {
			name = a[k+1:]
		}
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		fz.buf = append(append(fz.buf[:0], namePrefix...), strings.ToLower(name)...)
		k, ok := fz.index[string(fz.buf)]
		if !ok {
			k = fz.newTerm(string(fz.buf), 0, phraseBoost)
		}
		surface := name
		if i < len(d.ActorNames) && d.ActorNames[i] != "" {
			surface = d.ActorNames[i]
		}
		fz.bump(k, surface, phraseBoost)
	}
	out := fz.top(len(toks) / 5)
	dl := dateline(d.Title, d.Text)
	dateYear := 0
	if !dl.IsZero() {
		dateYear = dl.Year()
	}
	actors := slices.Clone(d.Actors)
	slices.Sort(actors)
	actors = slices.Compact(actors)
	return Features{ID: d.ID, Story: d.Story, Title: d.Title, Label: d.Label, Published: d.Published, Terms: out, Actors: actors, Year: year, Dateline: dl, DateYear: dateYear, Words: words}
}

// top returns the MaxTerms terms of the largest weight (ties to the
// longer, then the smaller term), in term order; lede is the last token
// position of the opening fifth.
func (fz *featurizer) top(lede int) []TermWeight {
	terms, keys := fz.terms, fz.keys
	wts := fz.wts[:0]
	for k := range terms {
		a := &terms[k]
		w := (1 + logCount(a.count)) * a.boost
		if a.first <= lede {
			w *= ledeBoost
		}
		wts = append(wts, float32(w))
	}
	fz.wts = wts
	// better orders terms as they are ranked: a strict total order, since
	// keys are distinct, so the MaxTerms best are one set however found.
	better := func(x, y int32) bool {
		if wts[x] != wts[y] {
			return wts[x] > wts[y]
		}
		if len(keys[x]) != len(keys[y]) {
			return len(keys[x]) > len(keys[y])
		}
		return keys[x] < keys[y]
	}
	// A heap of the best so far, the worst of them at the root.
	sel := fz.sel[:0]
	down := func(i int) {
		for {
			c := 2*i + 1
			if c >= len(sel) {
				return
			}
			if c+1 < len(sel) && better(sel[c], sel[c+1]) {
				c++
			}
			if !better(sel[i], sel[c]) {
				return
			}
			sel[i], sel[c] = sel[c], sel[i]
			i = c
		}
	}
	for k := range int32(len(terms)) {
		if len(sel) < MaxTerms {
			sel = append(sel, k)
			if len(sel) == MaxTerms {
				for i := len(sel)/2 - 1; i >= 0; i-- {
					down(i)
				}
			}
			continue
		}
		if better(k, sel[0]) {
			sel[0] = k
			down(0)
		}
	}
	fz.sel = sel
	slices.SortFunc(sel, func(x, y int32) int { return strings.Compare(keys[x], keys[y]) })
	out := make([]TermWeight, len(sel))
	for i, k := range sel {
		out[i] = TermWeight{Term: keys[k], Weight: wts[k], Surface: bestSurface(keys[k], terms[k].form, terms[k].forms)}
	}
	return out
}

// logCounts holds ln n for small n.
var logCounts = func() (t [64]float64) {
	for i := range t {
		t[i] = math.Log(float64(i))
	}
	return t
}()

// logCount returns ln n.
func logCount(n float64) float64 {
	if n < float64(len(logCounts)) {
		return logCounts[int(n)]
	}
	return math.Log(n)
}

// flush adds the name phrase of the current run of name tokens (2–4 words)
// as a term first seen at token pos, and starts a new run.
func (fz *featurizer) flush(pos int, d ThreadDoc) {
	run := fz.run
	fz.run = run[:0]
	if len(run) < 2 || len(run) > 4 {
		return
	}
	buf := append(fz.buf[:0], namePrefix...)
	for n, i := range run {
		if n > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, fz.toks[i].lower...)
	}
	nk := len(buf)
	for n, i := range run {
		if n > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, fz.toks[i].surface...)
	}
	fz.buf = buf
	// The readable form is usually the text's own span of the phrase.
	first, last := &fz.toks[run[0]], &fz.toks[run[len(run)-1]]
	src := d.Text
	if first.title {
		src = d.Title
	}
	var surf string
	if first.title == last.title && src[first.pos:int(last.pos)+len(last.surface)] == string(buf[nk:]) {
		surf = src[first.pos : int(last.pos)+len(last.surface)]
	} else {
		surf = string(buf[nk:])
	}
	k, ok := fz.index[string(buf[:nk])]
	if !ok {
		k = fz.newTerm(string(buf[:nk]), pos, phraseBoost)
	}
	if !first.title {
		surf = fz.ofName(surf, run, pos, d, fz.keys[k][len(namePrefix):])
	}
	fz.bump(k, surf, phraseBoost)
}

// maxOfName is the most words of a name joined at "of" (see ofName): a
// label part has at most five.
const maxOfName = 5

// ofName returns the readable form of the text's name phrase surf (of
// tokens run, ended by token pos, its words in lower case key) written
// out with the
// name it is "of", when one follows: "British Board of Film
// Classification" is one name, though its term ends at "of" (the
// featurizer's name runs stop at function words, and linking keeps them
// so). Only the readable form changes. A person's name is left alone
// ("Steven Gerrard of Liverpool" is a man and his club, "Lord Kinnock of
// Bedwellty" a man's title), and so is a name that would grow past
// maxOfName words.
func (fz *featurizer) ofName(surf string, run []int32, pos int, d ThreadDoc, key string) string {
	toks := fz.toks
	if pos+1 >= len(toks) || toks[pos].lower != "of" || toks[pos].title {
		return surf
	}
	gap := func(a, b int) string {
		return d.Text[int(toks[a].pos)+len(toks[a].surface) : toks[b].pos]
	}
	lastRun := int(run[len(run)-1])
	if gap(lastRun, pos) != " " || gap(pos, pos+1) != " " || !isNameAfterOf(&toks[pos+1], true) {
		return surf
	}
	end := pos + 2 // the name after "of" is toks[pos+1:end]
	for end < len(toks) && isNameAfterOf(&toks[end], false) && (gap(end-1, end) == " " || gap(end-1, end) == "-") {
		end++
	}
	if len(run)+end-pos > maxOfName {
		return surf
	}
	if nameTitles[toks[run[0]].lower] {
		return surf // "Lord Kinnock of Bedwellty" is a man's title
	}
	for _, a := range d.Actors {
		if p, ok := strings.CutPrefix(a, "person:"); ok && p == key {
			return surf
		}
	}
	return surf + d.Text[int(toks[lastRun].pos)+len(toks[lastRun].surface):int(toks[end-1].pos)+len(toks[end-1].surface)]
}

// isNameAfterOf reports whether token t goes on a name after "of", as the
// featurizer's name runs go on: a capitalised word, no number or function
// word, and past the first, no sentence start.
func isNameAfterOf(t *token, first bool) bool {
	if !t.capital || t.number || t.title || !first && t.start {
		return false
	}
	_, stop := stopwords[t.lower]
	return !stop
}

// newTerm adds a term first seen at token pos and returns its number.
func (fz *featurizer) newTerm(key string, pos int, boost float64) int32 {
	k := int32(len(fz.terms))
	fz.index[key] = k
	fz.terms = append(fz.terms, termAcc{first: pos, boost: boost})
	fz.keys = append(fz.keys, key)
	return k
}

// bump counts one occurrence of term k in the surface form surf.
func (fz *featurizer) bump(k int32, surf string, boost float64) {
	a := &fz.terms[k]
	a.count++
	a.boost = max(a.boost, boost)
	a.addSurface(surf)
}

// dominantYear returns the year (1900–2099) the text mentions most often,
// the first mentioned on a tie, or 0.
func (fz *featurizer) dominantYear() int {
	count := fz.years[:0]
	best, n := 0, 0
	for i := range fz.toks {
		t := &fz.toks[i]
		if len(t.lower) != 4 || !(strings.HasPrefix(t.lower, "19") || strings.HasPrefix(t.lower, "20")) {
			continue
		}
		y, err := strconv.Atoi(t.lower)
		if err != nil {
			continue
		}
		k := 0
		for k < len(count) && count[k].year != y {
			k++
		}
		if k == len(count) {
			count = append(count, yearTally{y, 0})
		}
		count[k].n++
		if count[k].n > n {
			best, n = y, count[k].n
		}
	}
	fz.years = count
	return best
}

// bestSurface returns the most frequent surface form of a term, or "" when
// it equals the key (to keep Features small).
func bestSurface(key string, form surfaceCount, forms []surfaceCount) string {
	// Ties go to the capitalised form for names and to the lower-case one
	// for other words ("Flood" opening one sentence, "flood" in another).
	name := strings.HasPrefix(key, namePrefix)
	best, n := form.form, form.n
	for _, f := range forms {
		s, c := f.form, f.n
		if c > n || c == n && (s < best) == name {
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

// featurizer is the scratch of one Featurize call, kept in a pool so that
// the import's many calls reuse their buffers and maps.
type featurizer struct {
	toks  []token
	low   []byte           // lower-cased forms of tokens, see token.low
	words map[string]int32 // lower-case word → its entry in infos, for words lex does not hold
	infos []wordInfo       // what is known of each word
	index map[string]int32 // term key → its number in terms and keys
	terms []termAcc        // terms in order of first occurrence
	keys  []string         // term keys, parallel to terms
	run   []int32          // tokens of the current name run
	buf   []byte           // phrase and actor keys being built
	wts   []float32        // term weights, parallel to terms
	sel   []int32          // the selected terms
	years []yearTally      // dominant-year counts
	lex   lexMemo          // recent words, kept across calls (lexmemo.go)
	gen   uint32           // the story being featurised, for lex (nextStory)
}

// wordInfo is what Featurize knows of one lower-case word.
type wordInfo struct {
	stem   string // its stem (stem)
	term   int32  // number of its stem's term; -1 until added
	stop   bool   // a stop word
	common bool   // an everyday news word
	midCap bool   // seen capitalised mid-sentence in the text
}

// wordLex is what Featurize takes from a lower-case word alone: its stem
// and whether it is a stop word or an everyday one.
type wordLex struct {
	stem         string
	stop, common bool
}

// wordLexicon keeps the wordLex of every word Featurize meets: one
// look-up of a story's new word instead of two in the word lists and
// one in the stem cache.
var wordLexicon = stemmer.NewCache(func(w string) wordLex {
	_, stop := stopwords[w]
	_, common := commonWords[w]
	return wordLex{stem: stem(w), stop: stop, common: common}
})

// yearTally counts the mentions of one year.
type yearTally struct {
	year, n int
}

var featurizers = sync.Pool{New: func() any {
	return &featurizer{words: map[string]int32{}, index: map[string]int32{}}
}}

// maxKeptMap is the most entries a scratch map may have held and still be
// cleared for reuse rather than dropped.
const maxKeptMap = 1 << 13

// release empties the scratch for the next call, dropping what would pin
// the text.
func (fz *featurizer) release() {
	if cap(fz.toks) > maxKeptMap*8 { // an unusually long text
		fz.toks, fz.low = nil, nil
	}
	clear(fz.toks)
	fz.toks = fz.toks[:0]
	fz.low = fz.low[:0]
	for _, m := range []*map[string]int32{&fz.words, &fz.index} {
		if len(*m) > maxKeptMap {
			*m = map[string]int32{}
		} else {
			clear(*m)
		}
	}
	fz.infos = fz.infos[:0]
	clear(fz.terms)
	fz.terms = fz.terms[:0]
	clear(fz.keys)
	fz.keys = fz.keys[:0]
	fz.run = fz.run[:0]
}
