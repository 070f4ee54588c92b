package link

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// idf returns the inverse document frequency of a term over the threads
// held now, with Params.Prior virtual documents that lack the term.
func (l *Linker) idf(t int32) float64 {
	return math.Log((float64(l.live) + l.p.Prior + 1) / (float64(l.df[t]) + 1))
}

// maxPosting is the longest posting list used for candidate retrieval;
// terms in more threads than this are too common to find candidates
// (they still count in the similarity of candidates found otherwise).
func (l *Linker) maxPosting() int32 {
	return int32(max(50, l.live/20))
}

// neighbour is one thread similar to a query thread.
type neighbour struct {
	slot int32
	sim  float64
}

// neighbours returns every thread of another story that shares a
// selective term with the thread in slot, with its similarity.
func (l *Linker) neighbours(slot int32) []neighbour {
	q := l.nodes[slot]
	l.epoch++
	if l.epoch == 0 {
		clear(l.mark)
		l.epoch = 1
	}
	limit := l.maxPosting()
	var cands []int32
	for _, t := range q.terms {
		if l.df[t] > limit {
			continue
		}
		for _, s := range l.post[t] {
			if l.mark[s] != l.epoch {
				l.mark[s] = l.epoch
				cands = append(cands, s)
			}
		}
	}
	// Query vector under the current idf.
	idf := make([]float64, len(q.terms))
	var qn float64
	for i, t := range q.terms {
		idf[i] = l.idf(t)
		x := float64(q.w[i]) * idf[i]
		qn += x * x
	}
	qn = math.Sqrt(qn)
	out := make([]neighbour, 0, len(cands))
	for _, s := range cands {
		c := l.nodes[s]
		if c.f.Story == q.f.Story {
			continue
		}
		sim := l.cosine(q, idf, qn, c) * l.decay(q, c)
		if sim > 0 {
			out = append(out, neighbour{s, sim})
		}
	}
	slices.SortFunc(out, func(a, b neighbour) int {
		if c := cmp.Compare(b.sim, a.sim); c != 0 {
			return c
		}
		return strings.Compare(l.nodes[a.slot].f.ID, l.nodes[b.slot].f.ID)
	})
	return out
}

// cosine is the idf-weighted cosine between q (with its idf and norm
// precomputed) and c.
func (l *Linker) cosine(q *node, qidf []float64, qn float64, c *node) float64 {
	var dot, cn float64
	i := 0
	for j, t := range c.terms {
		f := l.idf(t)
		x := float64(c.w[j]) * f
		cn += x * x
		for i < len(q.terms) && q.terms[i] < t {
			i++
		}
		if i < len(q.terms) && q.terms[i] == t {
			dot += float64(q.w[i]) * qidf[i] * x
		}
	}
	if dot == 0 || qn == 0 || cn == 0 {
		return 0
	}
	return dot / (qn * math.Sqrt(cn))
}

// decay is the date penalty between two threads (1 when either is undated).
func (l *Linker) decay(a, b *node) float64 {
	if !a.dated || !b.dated || l.p.DecayDays <= 0 {
		return 1
	}
	d := float64(a.day - b.day)
	r := d / l.p.DecayDays
	return 1 / (1 + r*r)
}

// arcCand is one arc a thread might join.
type arcCand struct {
	arc   *arcState
	score float64 // mean of the TopK best similarities over the arc
	max   float64 // best single similarity
}

// arcCandidates scores the arcs of a thread's neighbours, best first.
// Arcs holding a thread of the same story are left out.
func (l *Linker) arcCandidates(slot int32) []arcCand {
	q := l.nodes[slot]
	nb := l.neighbours(slot)
	sims := map[*arcState][]float64{}
	var order []*arcState
	for _, x := range nb {
		a := l.nodes[x.slot].arc
		if _, ok := sims[a]; !ok {
			order = append(order, a)
		}
		sims[a] = append(sims[a], x.sim) // already in descending order
	}
	var out []arcCand
	for _, a := range order {
		if a == q.arc || l.arcHasStory(a, q.f.Story) {
			continue
		}
		s := sims[a]
		k := min(l.p.TopK, len(a.members))
		var sum float64
		for _, v := range s[:min(k, len(s))] {
			sum += v
		}
		out = append(out, arcCand{arc: a, score: sum / float64(k), max: s[0]})
	}
	slices.SortStableFunc(out, func(a, b arcCand) int { return cmp.Compare(b.score, a.score) })
	return out
}

// arcHasStory reports whether an arc holds a thread of the story.
func (l *Linker) arcHasStory(a *arcState, story string) bool {
	for _, s := range a.members {
		if l.nodes[s].f.Story == story {
			return true
		}
	}
	return false
}
