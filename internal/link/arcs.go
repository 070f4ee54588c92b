package link

import (
	"cmp"
	"slices"
	"strings"
)

// Arcs returns every storyline — an arc whose threads come from two
// stories or more — newest first (by last thread date, then id). Each
// arc's threads are in date order. An arc of threads of one story only
// (a story split too finely, whose parts the linker put back together)
// runs over no coverage and is no storyline.
func (l *Linker) Arcs() []Arc {
	var out []Arc
	for _, a := range l.arcs {
		if !l.spansStories(a) {
			continue
		}
		out = append(out, l.arcOut(a))
	}
	slices.SortFunc(out, func(a, b Arc) int {
		if c := b.Last.Compare(a.Last); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// Arc returns one arc by id (also a single-thread one).
func (l *Linker) Arc(id string) (Arc, bool) {
	a, ok := l.arcs[id]
	if !ok {
		return Arc{}, false
	}
	return l.arcOut(a), true
}

// ArcSize returns the number of threads of an arc (0 when unknown): what
// Arc gives as len(Threads), without building the label.
func (l *Linker) ArcSize(id string) int {
	if a, ok := l.arcs[id]; ok {
		return len(a.members)
	}
	return 0
}

// IsStoryline reports whether arc id holds threads of two stories or
// more.
func (l *Linker) IsStoryline(id string) bool {
	a, ok := l.arcs[id]
	return ok && l.spansStories(a)
}

// spansStories reports whether a's threads come from two stories or more.
func (l *Linker) spansStories(a *arcState) bool {
	for _, s := range a.members[1:] {
		if l.node(s).story != l.node(a.members[0]).story {
			return true
		}
	}
	return false
}

// arcOut renders an arc.
func (l *Linker) arcOut(a *arcState) Arc {
	ns := slices.Clone(a.members)
	slices.SortFunc(ns, l.compareNodes)
	arc := Arc{ID: a.id, Label: l.label(a), Threads: make([]string, len(ns))}
	for i, s := range ns {
		arc.Threads[i] = l.threadID(s)
		n := l.node(s)
		if !n.dated {
			continue
		}
		if p := l.published(n); arc.First.IsZero() || p.Before(arc.First) {
			arc.First = p
		}
		if p := l.published(n); p.After(arc.Last) {
			arc.Last = p
		}
	}
	return arc
}

// label names an arc by its most distinctive terms shared by at least two
// of its threads (or of the single thread), names first: 2–5 words.
func (l *Linker) label(a *arcState) string {
	// The arc's terms, numbered through the scratch l.tloc (1-based).
	l.growTermScratch()
	cs := l.lcands[:0]
	for _, s := range a.members {
		terms, keys, w := l.vec(l.node(s))
		for i, t := range terms {
			k := l.tloc[t]
			if k == 0 {
				cs = append(cs, labelCand{t: t})
				k = int32(len(cs))
				l.tloc[t] = k
			}
			c := &cs[k-1]
			c.count++
			c.score += float64(w[keys[i]]) * l.idf(t)
		}
	}
	for _, s := range a.members {
		n := l.node(s)
		terms, _, _ := l.vec(n)
		for i, t := range terms {
			if c := &cs[l.tloc[t]-1]; c.display == "" {
				c.display = l.display(n, i)
				c.name = strings.HasPrefix(l.termStr[t], namePrefix)
			}
		}
	}
	ns := l.arcNames(a, cs)
	for _, c := range cs {
		l.tloc[c.t] = 0
	}
	// How the arc's names write their words, for words that are also
	// plain terms ("halvard" → "Halvard").
	if l.lcased == nil {
		l.lcased = map[string]string{}
	}
	cased := l.lcased
	clear(cased)
	for _, c := range cs {
		if !c.name {
			continue
		}
		for w := range strings.FieldsSeq(c.display) {
			if low := strings.ToLower(w); low != w {
				if _, ok := cased[low]; !ok {
					cased[low] = w
				}
			}
		}
	}
	need := min(2, len(a.members))
	kept := cs[:0]
	for _, c := range cs {
		if c.count >= need && !timeWords[l.termStr[c.t]] {
			if c.name {
				c.score *= 1.5
			}
			kept = append(kept, c)
		}
	}
	l.lcands = cs
	cs = kept
	slices.SortFunc(cs, func(x, y labelCand) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		return strings.Compare(x.display, y.display)
	})
	cs = absorbNames(cs)
	// A single word that belongs to a strong name phrase gives way to it.
	inPhrase := map[string]float64{}
	for _, c := range cs {
		if c.name && strings.Contains(c.display, " ") {
			for w := range strings.FieldsSeq(strings.ToLower(c.display)) {
				inPhrase[w] = max(inPhrase[w], c.score)
			}
		}
	}
	for i := range cs {
		if w, ok := cased[cs[i].display]; ok && !cs[i].name {
			cs[i].display = w
		}
	}
	return pick(cs, inPhrase, ns)
}

// absorbNames drops each name of ranked candidates cs whose words a
// longer name joined by a function word holds (see featurizer.ofName)
// and short enough for a label,
// giving the longer its score when higher, and ranks them again: "Film
// Classification" is part of "British Board of Film Classification",
// which stands for both.
func absorbNames(cs []labelCand) []labelCand {
	ws := make([][]string, len(cs))
	long := make([]bool, len(cs)) // a name with a function word inside
	for i, c := range cs {
		if c.name {
			ws[i] = labelWords(c.display)
			long[i] = len(ws[i]) < len(strings.FieldsFunc(c.display, isLabelSep))
		}
	}
	gone := make([]bool, len(cs))
	for i := range cs {
		for j := range cs {
			if j != i && long[j] && len(ws[i]) >= 2 && containsWords(ws[j], ws[i]) && len(strings.Fields(cs[j].display)) <= 5 {
				cs[j].score = max(cs[j].score, cs[i].score)
				gone[i] = true
				break
			}
		}
	}
	out := cs[:0]
	for i, c := range cs {
		if !gone[i] {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(x, y labelCand) int { return cmp.Compare(y.score, x.score) })
	return out
}

// labelNames is what an arc's names tell its label: their phrases and
// their people's given names.
type labelNames struct {
	phrases []string        // lower-case name phrases of the arc's terms
	given   map[string]bool // lower-case given names of the arc's people
}

// arcNames returns the names of arc a, whose candidates (each of its
// terms, numbered through l.tloc) are all: every multi-word name phrase,
// shared or not, and the given names of the full-named people whose
// surname at least two of its threads write (or the single thread).
func (l *Linker) arcNames(a *arcState, all []labelCand) labelNames {
	var ns labelNames
	for _, c := range all {
		if c.name && strings.Contains(c.display, " ") {
			ns.phrases = append(ns.phrases, strings.ToLower(c.display))
		}
	}
	need := min(2, len(a.members))
	for _, s := range a.members {
		names := l.names(l.node(s))
		for i := 0; i < len(names); i += 2 {
			if k := l.tloc[names[i]]; k == 0 || all[k-1].count < need {
				continue
			}
			for _, w := range l.givens[names[i+1]] {
				if !nameTitles[w] && len(w) > 1 {
					if ns.given == nil {
						ns.given = map[string]bool{}
					}
					ns.given[w] = true
				}
			}
		}
	}
	return ns
}

// pick takes label parts from the ranked candidates cs, 2–5 words in at
// most three parts, leaving out a single word of a strong name phrase
// (inPhrase: the best score of a phrase holding it) and near duplicates
// of parts taken: a part whose words one taken holds, a place beside its
// people's adjective ("Egypt · Egyptian"), and a given name alone ("Anil"
// of "Anil Ambani": it stands for a person the label names in full, or
// should). A name holding a word taken alone takes its place. Two single
// words that the arc's names write as one make one part ("Cross
// Country").
func pick(cs []labelCand, inPhrase map[string]float64, ns labelNames) string {
	var parts []string
	// parts[i] in lower case when one word and no acronym, else "": an
	// acronym stands alone ("Radio Frequency ID (RFID)" writes "ID RFID").
	var single []string
	words := 0
	var seen []string // the stems of the words taken
	var raw []string  // the words taken, in lower case
	for _, c := range cs {
		low := strings.ToLower(c.display)
		if !strings.Contains(low, " ") && inPhrase[low] >= c.score/2 {
			continue
		}
		ws := labelWords(c.display)
		nw := len(strings.Fields(c.display))
		if k := widens(single, ws, seen); k >= 0 && c.name && words-1+nw <= 5 {
			// A name that holds a word taken alone takes its place
			// ("retailers", then "British Retail Consortium").
			parts[k], single[k] = c.display, ""
			seen = append(seen, ws...)
			raw = append(raw, strings.FieldsFunc(low, isLabelSep)...)
			words += nw - 1
			continue
		}
		if nearDuplicate(low, ws, seen, raw, ns) || words+nw > 5 {
			continue
		}
		seen = append(seen, ws...)
		raw = append(raw, strings.FieldsFunc(low, isLabelSep)...)
		words += nw
		if k := pairWith(single, low, ns.phrases); k >= 0 && !acronym(c.display) {
			if pairedIn(ns.phrases, single[k], low) {
				parts[k] += " " + c.display
			} else {
				parts[k] = c.display + " " + parts[k]
			}
			single[k] = ""
		} else {
			parts = append(parts, c.display)
			single = append(single, "")
			if nw == 1 && !acronym(c.display) {
				single[len(single)-1] = low
			}
		}
		if len(parts) == 3 || words >= 4 {
			break
		}
	}
	return strings.Join(parts, " · ")
}

// widens returns the place of the single-word part (single: parts in
// lower case when one word, else "") whose stem is the only stem of the
// words ws of a longer part that the label holds (seen), or -1.
func widens(single []string, ws, seen []string) int {
	if len(ws) < 2 {
		return -1
	}
	k := -1
	for _, w := range ws {
		if !slices.Contains(seen, w) {
			continue
		}
		if k >= 0 {
			return -1
		}
		k = slices.IndexFunc(single, func(s string) bool { return s != "" && stem(s) == w })
		if k < 0 {
			return -1
		}
	}
	return k
}

// nearDuplicate reports whether a candidate part (low, its lower-case
// form, and ws, its labelWords) repeats what a label holds (seen, the
// stems of its words, and raw, its words).
func nearDuplicate(low string, ws, seen, raw []string, ns labelNames) bool {
	for _, w := range ws {
		if slices.Contains(seen, w) {
			return true
		}
	}
	if strings.ContainsFunc(low, isLabelSep) {
		return false
	}
	if ns.given[low] {
		return true
	}
	for _, r := range raw {
		if samePlace(r, low) {
			return true
		}
	}
	return false
}

// pairWith returns the place of the single-word part that the single
// word w makes one name with in the arc's name phrases (see pairedIn), or
// -1.
func pairWith(single []string, w string, phrases []string) int {
	if !strings.ContainsFunc(w, isLabelSep) {
		for k, s := range single {
			if s != "" && (pairedIn(phrases, s, w) || pairedIn(phrases, w, s)) {
				return k
			}
		}
	}
	return -1
}

// timeWords are the stems of words of time that two stories of a week
// share without saying what they are about: never label words
// ("Hallmouth · past · fortnight"). Terms are stems, so the words go
// through the same stemmer ("morning" is "morn").
var timeWords = func() map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(`past fortnight week weekend month year day hour today yesterday
tomorrow tonight ago recent recently earlier later last next time morning afternoon evening night`) {
		set[stem(w)] = true
	}
	return set
}()

// labelCand is one term of an arc weighed for its label.
type labelCand struct {
	t       int32
	count   int
	score   float64
	display string
	name    bool
}
