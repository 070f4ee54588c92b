package thread

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// Label names the matter of one thread in 2–5 words. paras are the
// thread's paragraphs, others the paragraphs of the story's other threads
// (words frequent there are not distinctive), stats the archive document
// frequencies (nil: the story's own paragraphs). The label joins the most
// distinctive name (a run of capitalised words such as "Ping An") with the
// most distinctive other words, skipping reporting verbs and generic nouns.
func Label(paras []string, others []string, stats Stats) string {
	return labelWords(tokenizeAll(paras), tokenizeAll(others), stats)
}

func tokenizeAll(texts []string) [][]word {
	out := make([][]word, len(texts))
	for i, t := range texts {
		out[i] = tokenize(t)
	}
	return out
}

// labelWords is Label over tokenized paragraphs.
func labelWords(paras, others [][]word, stats Stats) string {
	all := countTerms(paras)
	all.add(countTerms(others))
	return labelCounted(paras, all, len(paras)+len(others), stats)
}

// cand is a candidate label phrase.
type cand struct {
	words []word
	count int
	first int // paragraph of first use
	score float64
}

// labelCounted is Label given the term counts of the whole story.
func labelCounted(paras [][]word, all termCounts, nDocs int, stats Stats) string {
	in := countTerms(paras)
	idf := func(stem string) float64 {
		if stats != nil && stats.N() > 0 {
			df := max(stats.DF(stem), 1)
			return math.Log(1 + float64(stats.N())/float64(df))
		}
		return math.Log(1 + float64(nDocs)/float64(max(all.df[stem], 1)))
	}
	weight := func(stem string) float64 {
		c := float64(in.count[stem])
		if c == 0 {
			// a function word taken into a name ("Ping An") is counted
			// nowhere: it adds nothing (0/0 here made the score NaN, and
			// the order of NaN candidates followed map iteration)
			return 0
		}
		o := float64(all.count[stem] - in.count[stem])
		return math.Log(1+c) * idf(stem) * (c / (c + 2*o))
	}
	cands := map[string]*cand{}
	nameStems := map[string]bool{}
	for _, p := range paras {
		for _, w := range p {
			if w.name {
				nameStems[w.stem] = true
			}
		}
	}
	for pi, p := range paras {
		ws := append([]word(nil), p...)
		// a capitalised sentence opener that runs into a name is part of it
		for i := 0; i+1 < len(ws); i++ {
			if !ws[i].name && !ws[i].stop && ws[i+1].name && ws[i+1].joined && startsUpper(ws[i].surface) {
				ws[i].name, ws[i].promoted = true, true
			}
		}
		// so is a capitalised function word right after a name ("Ping An",
		// "Chapel Down"), which a sentence never capitalises mid-way
		for i := 1; i < len(ws); i++ {
			if ws[i].stop && ws[i-1].name && !ws[i-1].promoted && ws[i].joined && startsUpper(ws[i].surface) && !isAllCaps(ws[i].surface) && !titleWord(ws[i].surface) {
				ws[i].stop, ws[i].name, ws[i].promoted = false, true, true
			}
		}
		for i := range ws {
			for l := 1; l <= 3 && i+l <= len(ws); l++ {
				ph := ws[i : i+l]
				if !labelPhrase(ph) {
					break
				}
				key := phraseKey(ph)
				c := cands[key]
				if c == nil {
					c = &cand{words: ph, first: pi}
					cands[key] = c
				}
				c.count++
			}
		}
	}
	var names, terms []*cand
	for _, c := range cands {
		var s float64
		for _, w := range c.words {
			s += weight(w.stem)
		}
		s = s / math.Sqrt(float64(len(c.words))) * (1 + 0.5*math.Log(float64(c.count)))
		if c.first == 0 {
			s *= 1.3
		}
		if len(c.words) > 1 && c.count < 2 {
			s *= 0.5
		}
		c.score = s
		if allNames(c.words) {
			names = append(names, c)
		} else if noNames(c.words) {
			terms = append(terms, c)
		}
	}
	order := func(cs []*cand) {
		sort.Slice(cs, func(i, j int) bool {
			if cs[i].score != cs[j].score {
				return cs[i].score > cs[j].score
			}
			return phraseKey(cs[i].words) < phraseKey(cs[j].words)
		})
	}
	order(names)
	order(terms)
	var label []string
	used := map[string]bool{}
	add := func(c *cand, limit int) bool {
		for _, w := range c.words {
			if used[w.stem] {
				return false
			}
		}
		if len(label)+len(c.words) > limit {
			return false
		}
		for _, w := range c.words {
			used[w.stem] = true
			s := w.surface
			if !w.name && !nameStems[w.stem] {
				s = strings.ToLower(s)
			}
			label = append(label, s)
		}
		return true
	}
	if len(names) > 0 {
		add(fullName(names[0], names), 3)
	}
	// then the most distinctive other words: a two-word phrase when it is
	// nearly as strong as the best single word
	if len(terms) > 0 {
		pick := terms[0]
		for _, c := range terms[1:] {
			if len(c.words) == 2 && c.score >= 0.8*terms[0].score {
				pick = c
				break
			}
		}
		add(pick, 5)
	}
	for _, c := range append(terms, names...) {
		if len(strings.Fields(strings.Join(label, " "))) >= 2 {
			break
		}
		add(c, 4)
	}
	return strings.Join(label, " ")
}

// fullName returns the longest name phrase that contains best's words
// and is used at least a third as often ("Games Workshop" for
// "Workshop", "Ping An" for "Ping").
func fullName(best *cand, names []*cand) *cand {
	pick := best
	for _, c := range names {
		if len(c.words) > len(pick.words) && 3*c.count >= best.count && containsPhrase(c.words, best.words) && properName(c.words) {
			pick = c
		}
	}
	return pick
}

// properName reports whether every word of ws is a name in its own right
// or a function word inside one: no sentence opener taken in ("Miner
// Base Resources") and no compound with a lower-case part
// ("Hartlepool-based").
func properName(ws []word) bool {
	if ws[0].promoted {
		return false
	}
	for _, w := range ws {
		if k := strings.LastIndex(w.surface, "-"); k >= 0 && !startsUpper(w.surface[k+1:]) {
			return false
		}
	}
	return true
}

// containsPhrase reports whether the stems of part occur in whole, in order
// and contiguous.
func containsPhrase(whole, part []word) bool {
	for i := 0; i+len(part) <= len(whole); i++ {
		ok := true
		for j := range part {
			if whole[i+j].stem != part[j].stem {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// titleWord reports whether w is an honorific, which comes before a name
// rather than inside one.
func titleWord(w string) bool {
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "miss", "dr", "sir":
		return true
	}
	return false
}

// termCounts holds term frequencies and paragraph frequencies.
type termCounts struct{ count, df map[string]int }

// add adds o's counts to tc.
func (tc termCounts) add(o termCounts) {
	for k, v := range o.count {
		tc.count[k] += v
	}
	for k, v := range o.df {
		tc.df[k] += v
	}
}

func countTerms(paras [][]word) termCounts {
	tc := termCounts{count: map[string]int{}, df: map[string]int{}}
	for _, p := range paras {
		seen := map[string]bool{}
		for _, w := range p {
			if w.stop {
				continue
			}
			tc.count[w.stem]++
			if !seen[w.stem] {
				seen[w.stem] = true
				tc.df[w.stem]++
			}
		}
	}
	return tc
}

// labelPhrase reports whether ws can be a label phrase: contiguous words,
// none a stopword, none generic, and not mixing names with other words.
func labelPhrase(ws []word) bool {
	for i, w := range ws {
		if w.stop || isGeneric(w) || isVerbLike(w) || len([]rune(w.surface)) < 2 || strings.ContainsAny(w.surface, "0123456789'’") {
			return false
		}
		if i > 0 && (!w.joined || w.name != ws[0].name) {
			return false
		}
	}
	return true
}

func isGeneric(w word) bool {
	l := strings.ToLower(w.surface)
	if _, ok := genericLabelWords[l]; ok {
		return true
	}
	_, ok := genericLabelWords[w.stem]
	return ok
}

func phraseKey(ws []word) string {
	if len(ws) == 1 {
		return ws[0].stem
	}
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.stem
	}
	return strings.Join(parts, " ")
}

func allNames(ws []word) bool {
	for _, w := range ws {
		if !w.name {
			return false
		}
	}
	return true
}

func noNames(ws []word) bool {
	for _, w := range ws {
		if w.name {
			return false
		}
	}
	return true
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// pastTense holds common irregular past forms, which name no matter.
var pastTense = toSet(`beaten taken given shown known grown fallen risen driven written spoken chosen broken stolen eaten hidden done gone flew won lost rose fell gave came went met paid sold bought left hit led ran saw made kept held brought thought found began grew drew threw spoke wrote chose broke drove ate sent spent struck stood sought taught understood withdrew`)

// isVerbLike reports whether w looks like a past-tense verb.
func isVerbLike(w word) bool {
	if w.name {
		return false
	}
	l := strings.ToLower(w.surface)
	if _, ok := pastTense[l]; ok {
		return true
	}
	return len(l) > 4 && strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "eed")
}
