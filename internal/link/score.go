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
	return l.lnN - l.ldf[t]
}

// maxPosting is the longest posting list used for candidate retrieval:
// 5 % of the archive, at least 50 and at most 250 threads. Terms in more
// threads are too common to find candidates (they still count in the
// similarity of candidates found otherwise); the cap keeps linking cost
// flat as the archive grows.
func (l *Linker) maxPosting() int32 {
	return int32(max(50, min(l.live/20, 250)))
}

// neighbour is one thread similar to a query thread.
type neighbour struct {
	slot int32
	sim  float64
}

// minSim is the least similarity a neighbour is kept with.
const minSim = 0.02

// neighbours returns the threads (of its own story too) that share a
// selective term with the thread in slot and are similar to it, most
// similar first.
// Dot products are accumulated term at a time over the postings; each
// candidate's norm is then computed under the current idf.
func (l *Linker) neighbours(slot int32) []neighbour {
	q := l.nodes[slot]
	l.epoch++
	if l.epoch == 0 {
		clear(l.mark)
		l.epoch = 1
	}
	limit := l.maxPosting()
	var qn float64
	var cands []int32
	for i, t := range q.terms {
		f := l.idf(t)
		x := float64(q.w[i]) * f
		qn += x * x
		if l.df[t] > limit {
			continue
		}
		qf := x * f
		for _, p := range l.post[t] {
			if l.mark[p.slot] != l.epoch {
				l.mark[p.slot] = l.epoch
				l.acc[p.slot] = 0
				cands = append(cands, p.slot)
			}
			l.acc[p.slot] += qf * float64(p.w)
		}
	}
	qn = math.Sqrt(qn)
	out := make([]neighbour, 0, 64)
	for _, s := range cands {
		c := l.nodes[s]
		if s == slot || qn == 0 {
			continue
		}
		// Shared common terms (skipped above) are added here.
		dot := l.acc[s]
		var cn float64
		i := 0
		for j, t := range c.terms {
			f := l.idf(t)
			x := float64(c.w[j]) * f
			cn += x * x
			if l.df[t] <= limit {
				continue
			}
			for i < len(q.terms) && q.terms[i] < t {
				i++
			}
			if i < len(q.terms) && q.terms[i] == t {
				dot += float64(q.w[i]) * f * x
			}
		}
		if dot <= 0 || cn == 0 {
			continue
		}
		sim := dot / (qn * math.Sqrt(cn)) * l.decay(q, c) * l.yearFactor(q.f.Year, c.f.Year) * l.shortFactor(q, c)
		if sim >= minSim {
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
	score float64 // cosine between the thread and the arc's centroid
	max   float64 // best similarity to one of the arc's threads
	avg   float64 // mean similarity to the arc's threads (average link)
}

// candidateArcs is how many of a thread's nearest neighbours' arcs are
// scored.
const candidateArcs = 30

// arcCandidates scores the arcs of a thread's nearest neighbours, best
// first.
func (l *Linker) arcCandidates(slot int32) []arcCand {
	q := l.nodes[slot]
	nb := l.neighbours(slot)
	best := map[*arcState]float64{}
	sum := map[*arcState]float64{}
	var order []*arcState
	for _, x := range nb {
		a := l.nodes[x.slot].arc
		sum[a] += x.sim
		if _, ok := best[a]; ok || len(order) == candidateArcs {
			continue
		}
		if a == q.arc {
			continue
		}
		best[a] = x.sim
		order = append(order, a)
	}
	qv := map[int32]float64{}
	for i, t := range q.terms {
		qv[t] = float64(q.w[i]) * l.idf(t)
	}
	var out []arcCand
	for _, a := range order {
		score := l.centroidCosine(qv, a) * l.arcDecay(q, a)
		score *= l.arcYearFactor(q.f.Year, a)
		out = append(out, arcCand{arc: a, score: score, max: best[a], avg: sum[a] / float64(len(a.members))})
	}
	slices.SortStableFunc(out, func(a, b arcCand) int { return cmp.Compare(b.score, a.score) })
	return out
}

// centroidCosine is the idf-weighted cosine between a query vector (term
// → weight·idf) and an arc's centroid.
func (l *Linker) centroidCosine(qv map[int32]float64, a *arcState) float64 {
	var dot, cn, qn float64
	for t, v := range a.cent {
		x := v * l.idf(t)
		cn += x * x
		dot += qv[t] * x
	}
	for _, v := range qv {
		qn += v * v
	}
	if dot <= 0 || cn == 0 || qn == 0 {
		return 0
	}
	return dot / math.Sqrt(cn*qn)
}

// arcDecay is the date penalty between a thread and the nearest dated
// thread of an arc.
func (l *Linker) arcDecay(q *node, a *arcState) float64 {
	if !q.dated {
		return 1
	}
	d := 0.0
	for _, s := range a.members {
		if v := l.decay(q, l.nodes[s]); v > d {
			d = v
		}
	}
	return d
}

// yearFactor compares the dominant years of two threads.
func (l *Linker) yearFactor(a, b int) float64 {
	switch {
	case a == 0 || b == 0:
		return 1
	case a == b:
		return l.p.YearBonus
	default:
		return l.p.YearPenalty
	}
}

// arcYearFactor compares a thread's dominant year with those of an arc's
// threads: a bonus when the year is the arc's most common one, a penalty
// when no thread of the arc has it.
func (l *Linker) arcYearFactor(y int, a *arcState) float64 {
	if y == 0 || len(a.years) == 0 {
		return 1
	}
	n, top := a.years[y], 0
	for _, c := range a.years {
		top = max(top, c)
	}
	switch {
	case n == 0:
		return l.p.YearPenalty
	case n == top:
		return l.p.YearBonus
	}
	return 1
}

// centroidPair is the idf-weighted cosine between two arcs' centroids.
func (l *Linker) centroidPair(a, b *arcState) float64 {
	var dot, na, nb float64
	for t, v := range a.cent {
		f := l.idf(t)
		x := v * f
		na += x * x
		if w, ok := b.cent[t]; ok {
			dot += x * w * f
		}
	}
	for t, v := range b.cent {
		x := v * l.idf(t)
		nb += x * x
	}
	if dot <= 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// shortFactor is the allowance for short threads (see Params.ShortWords),
// given only when one of the two is a part of a story of several threads.
func (l *Linker) shortFactor(a, b *node) float64 {
	if l.p.ShortWords <= 0 || len(l.byStory[a.f.Story]) < 2 && len(l.byStory[b.f.Story]) < 2 {
		return 1
	}
	w := float64(min(a.f.Words, b.f.Words))
	if w <= 0 || w >= l.p.ShortWords {
		return 1
	}
	return min(math.Sqrt(l.p.ShortWords/w), l.p.ShortBoost)
}
