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
	var first *storyState
	for _, s := range a.members {
		switch st := l.nodes[s].st; {
		case first == nil:
			first = st
		case st != first:
			return true
		}
	}
	return false
}

// arcOut renders an arc.
func (l *Linker) arcOut(a *arcState) Arc {
	ns := make([]*node, len(a.members))
	for i, s := range a.members {
		ns[i] = l.nodes[s]
	}
	slices.SortFunc(ns, compareNodes)
	arc := Arc{ID: a.id, Label: l.label(a), Threads: make([]string, len(ns))}
	for i, n := range ns {
		arc.Threads[i] = n.id
		if n.published.IsZero() {
			continue
		}
		if arc.First.IsZero() || n.published.Before(arc.First) {
			arc.First = n.published
		}
		if n.published.After(arc.Last) {
			arc.Last = n.published
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
		terms, w := l.vec(l.nodes[s])
		for i, t := range terms {
			k := l.tloc[t]
			if k == 0 {
				cs = append(cs, labelCand{t: t})
				k = int32(len(cs))
				l.tloc[t] = k
			}
			c := &cs[k-1]
			c.count++
			c.score += float64(w[i]) * l.idf(t)
		}
	}
	for _, s := range a.members {
		n := l.nodes[s]
		terms, _ := l.vec(n)
		for i, t := range terms {
			if c := &cs[l.tloc[t]-1]; c.display == "" {
				c.display = l.display(n, i)
				c.name = strings.HasPrefix(l.termStr[t], namePrefix)
			}
		}
	}
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
	var parts []string
	words := 0
	var seen []string // the words taken, at most five
	for _, c := range cs {
		low := strings.ToLower(c.display)
		if !strings.Contains(low, " ") && inPhrase[low] >= c.score/2 {
			continue
		}
		dup := false
		nw := 0
		for w := range strings.FieldsSeq(low) {
			dup = dup || slices.Contains(seen, w)
			nw++
		}
		if dup || words+nw > 5 {
			continue
		}
		for w := range strings.FieldsSeq(low) {
			seen = append(seen, w)
		}
		parts = append(parts, c.display)
		words += nw
		if len(parts) == 3 || words >= 4 {
			break
		}
	}
	return strings.Join(parts, " · ")
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
