package link

import (
	"cmp"
	"slices"
	"strings"
)

// Arcs returns every storyline with at least two threads, newest first
// (by last thread date, then id). Each arc's threads are in date order.
func (l *Linker) Arcs() []Arc {
	var out []Arc
	for _, a := range l.arcs {
		if len(a.members) < 2 {
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
	type cand struct {
		display string
		score   float64
		name    bool
	}
	byTerm := map[int32]*cand{}
	count := map[int32]int{}
	for _, s := range a.members {
		terms, w := l.vec(l.nodes[s])
		for i, t := range terms {
			count[t]++
			c := byTerm[t]
			if c == nil {
				c = &cand{}
				byTerm[t] = c
			}
			c.score += float64(w[i]) * l.idf(t)
		}
	}
	for _, s := range a.members {
		n := l.nodes[s]
		terms, _ := l.vec(n)
		for i, t := range terms {
			if c := byTerm[t]; c.display == "" {
				c.display = l.display(n, i)
				c.name = strings.HasPrefix(l.termStr[t], namePrefix)
			}
		}
	}
	need := min(2, len(a.members))
	var cs []*cand
	for t, c := range byTerm {
		if count[t] >= need {
			if c.name {
				c.score *= 1.5
			}
			cs = append(cs, c)
		}
	}
	slices.SortFunc(cs, func(x, y *cand) int {
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
	var parts []string
	words := 0
	seen := map[string]bool{}
	for _, c := range cs {
		low := strings.ToLower(c.display)
		if !strings.Contains(low, " ") && inPhrase[low] >= c.score/2 {
			continue
		}
		dup := false
		for w := range strings.FieldsSeq(low) {
			if seen[w] {
				dup = true
			}
		}
		if dup {
			continue
		}
		nw := len(strings.Fields(low))
		if words+nw > 5 {
			continue
		}
		for w := range strings.FieldsSeq(low) {
			seen[w] = true
		}
		parts = append(parts, c.display)
		words += nw
		if len(parts) == 3 || words >= 4 {
			break
		}
	}
	return strings.Join(parts, " · ")
}
