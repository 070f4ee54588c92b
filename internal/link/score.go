package link

import (
	"cmp"
	"math"
	"slices"
)

// idf returns the inverse document frequency of a term over the threads
// held now, with Params.Prior virtual documents that lack the term.
func (l *Linker) idf(t int32) float64 {
	return l.lnN - l.ts[t].ldf
}

// postingCap is the most threads a term's posting list is kept for: a
// term in more threads is never walked (see maxPosting), so its list is
// dropped, and rebuilt should the term become rare again.
const postingCap = 250

// maxPosting is the longest posting list used for candidate retrieval:
// 5 % of the archive, at least 50 and at most postingCap threads. Terms in
// more threads are too common to find candidates (they still count in the
// similarity of candidates found otherwise); the cap keeps linking cost
// flat as the archive grows.
func (l *Linker) maxPosting() int32 {
	return int32(max(50, min(l.live/20, postingCap)))
}

// postings returns the posting list of a term, rebuilding it (in slot
// order, as it was built) when it was dropped while the term was common.
func (l *Linker) postings(t int32) []posting {
	if l.post[t] != nil || l.df[t] == 0 {
		return l.post[t]
	}
	ps := make([]posting, 0, l.df[t])
	for s := range l.slots {
		n := l.node(s)
		if !n.live {
			continue
		}
		terms, keys, w := l.vec(n)
		if i, ok := slices.BinarySearch(terms, t); ok {
			ps = append(ps, posting{s, w[keys[i]]})
		}
	}
	l.post[t] = ps
	return ps
}

// termStat is what the linker keeps per term id in one place, so that
// scoring a candidate's term takes one memory access: ln(df+1), and during
// a query the query's weight·idf if the term is too common for the
// postings (0 otherwise).
type termStat struct {
	ldf float64
	qv  float64
}

// neighbour is one thread similar to a query thread.
type neighbour struct {
	slot int32
	sim  float64
}

// minSim is the least similarity a neighbour is kept with.
const minSim = 0.02

// maxCandidates bounds the threads whose full similarity a query computes:
// beyond it, only those with the largest dot product over the selective
// terms (relative to their length) are scored, so the cost of a query
// stays flat as the archive grows.
const maxCandidates = 64

// neighbours returns (in a scratch buffer, valid until the next call)
// the threads (of its own story too) that share a selective term with the
// thread in slot and are similar to it, most similar first.
// Dot products are accumulated term at a time over the postings; the
// best candidates' norms are then computed under the current idf.
func (l *Linker) neighbours(slot int32) []neighbour {
	q := l.node(slot)
	l.epoch++
	if l.epoch == 0 {
		for i := range l.acc {
			l.acc[i].mark = 0
		}
		l.epoch = 1
	}
	limit := l.maxPosting()
	var qn float64
	cands := l.cands[:0]
	common := l.common[:0] // the query's terms too common for the postings, their qv set
	qt, qk, qw := l.vec(q)
	for i, t := range qt {
		f := l.idf(t)
		x := float64(qw[qk[i]]) * f
		qn += x * x
		if l.df[t] > limit {
			common = append(common, t)
			l.ts[t].qv = x
			continue
		}
		qf := x * f
		for _, p := range l.postings(t) {
			a := &l.acc[p.slot]
			if a.mark != l.epoch {
				a.mark = l.epoch
				a.dot = 0
				if p.slot != slot {
					cands = append(cands, p.slot)
				}
			}
			a.dot += qf * float64(p.w)
		}
	}
	l.cands, l.common = cands, common
	if len(cands) > maxCandidates {
		cands = l.topCandidates(cands, maxCandidates)
	}
	qn = math.Sqrt(qn)
	out := l.nbuf[:0]
	if qn == 0 {
		cands = nil
	}
	// The tables the candidate loop reads, held in locals (the compiler
	// would load them from l again on every term).
	ts, lnN := l.ts, l.lnN
	for _, s := range cands {
		c := l.node(s)
		// Shared common terms (skipped above) are added here (a zero
		// qv adds nothing).
		dot := l.acc[s].dot
		var cn float64
		ct, ck, cw := l.vec(c)
		for j, t := range ct {
			st := &ts[t]
			x := float64(cw[ck[j]]) * (lnN - st.ldf)
			cn += x * x
			if st.qv != 0 {
				dot += st.qv * x
			}
		}
		dot -= l.namesakeDot(q, c)
		if dot <= 0 || cn == 0 {
			continue
		}
		sim := dot / (qn * math.Sqrt(cn)) * l.decay(q, c) * l.yearFactor(int(q.year), int(c.year)) * l.shortFactor(q, c)
		if sim >= minSim {
			out = append(out, neighbour{s, sim})
		}
	}
	for _, t := range common {
		l.ts[t].qv = 0
	}
	// Similarities are never NaN: plain comparisons order them.
	slices.SortFunc(out, func(a, b neighbour) int {
		switch {
		case a.sim > b.sim:
			return -1
		case a.sim < b.sim:
			return 1
		}
		return l.compareIDs(a.slot, b.slot)
	})
	l.nbuf = out
	return out
}

// slotAcc is a thread's entry in a query's accumulator: the partial dot
// product, valid while mark is the query's epoch, and the thread's 1/|w|
// (node.scale), kept here to rank candidates without visiting the nodes.
type slotAcc struct {
	dot   float64
	mark  uint32
	scale float32
}

// candKey is a candidate with its ranking key.
type candKey struct {
	key  float64
	slot int32
}

// topCandidates reorders cands so that the k with the largest
// length-normalised partial dot product come first (ties by slot) and
// returns them.
func (l *Linker) topCandidates(cands []int32, k int) []int32 {
	ks := grow(&l.ckeys, len(cands))
	for i, s := range cands {
		ks[i] = candKey{l.acc[s].dot * float64(l.acc[s].scale), s}
	}
	better := func(a, b candKey) bool {
		return a.key > b.key || a.key == b.key && a.slot < b.slot
	}
	// Quickselect: afterwards ks[:k] hold the k best.
	lo, hi := 0, len(ks)-1
	for lo < hi {
		// Median of three as pivot.
		mid := lo + (hi-lo)/2
		if better(ks[mid], ks[lo]) {
			ks[mid], ks[lo] = ks[lo], ks[mid]
		}
		if better(ks[hi], ks[lo]) {
			ks[hi], ks[lo] = ks[lo], ks[hi]
		}
		if better(ks[hi], ks[mid]) {
			ks[hi], ks[mid] = ks[mid], ks[hi]
		}
		pivot := ks[mid]
		i, j := lo, hi
		for i <= j {
			for better(ks[i], pivot) {
				i++
			}
			for better(pivot, ks[j]) {
				j--
			}
			if i <= j {
				ks[i], ks[j] = ks[j], ks[i]
				i++
				j--
			}
		}
		if k-1 <= j {
			hi = j
		} else if k-1 >= i {
			lo = i
		} else {
			break
		}
	}
	for i := range k {
		cands[i] = ks[i].slot
	}
	return cands[:k]
}

// decay is the date penalty between two threads (1 when either is undated).
func (l *Linker) decay(a, b *node) float64 {
	return l.decayDays(a.dated, b.dated, a.day, b.day)
}

// decayDays is decay of threads dated (when dated) on the given days.
func (l *Linker) decayDays(aDated, bDated bool, aDay, bDay int32) float64 {
	if !aDated || !bDated || l.p.DecayDays <= 0 {
		return 1
	}
	d := float64(aDay - bDay)
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
const candidateArcs = 12

// arcCandidates scores the arcs of a thread's nearest neighbours, best
// first, in a scratch buffer valid until the next call.
func (l *Linker) arcCandidates(slot int32) []arcCand {
	q := l.node(slot)
	nb := l.neighbours(slot)
	// The arcs of the nearest neighbours, in order of first sighting: the
	// best similarity to each, and for now in avg the sum of all.
	out := l.acands[:0]
	for _, x := range nb {
		ai := l.node(x.slot).arc
		if ai == 0 {
			continue // a thread of the query's story, not linked yet
		}
		a := l.arcAt(ai)
		k := 0
		for k < len(out) && out[k].arc != a {
			k++
		}
		switch {
		case k < len(out):
			out[k].avg += x.sim
		case len(out) < candidateArcs && ai != q.arc:
			out = append(out, arcCand{arc: a, max: x.sim, avg: x.sim})
		}
	}
	// The query's weight·idf per term (termStat.qv), for the centroid
	// cosines.
	qt, qk, qw := l.vec(q)
	var qn float64
	for i, t := range qt {
		v := float64(qw[qk[i]]) * l.idf(t)
		l.ts[t].qv = v
		qn += v * v
	}
	for i := range out {
		c := &out[i]
		c.score = l.centroidCosine(qn, c.arc) * l.arcDecay(q, c.arc)
		c.score *= l.arcYearFactor(int(q.year), c.arc)
		c.avg /= float64(len(c.arc.members))
	}
	for _, t := range qt {
		l.ts[t].qv = 0
	}
	slices.SortStableFunc(out, func(a, b arcCand) int { return cmp.Compare(b.score, a.score) })
	l.acands = out
	return out
}

// centroidCosine is the idf-weighted cosine between the query vector
// (its weight·idf per term in termStat.qv, qn its squared norm) and an
// arc's centroid.
func (l *Linker) centroidCosine(qn float64, a *arcState) float64 {
	ct, cv := l.centroid(a, 0)
	var dot, cn float64
	for j, t := range ct {
		st := &l.ts[t]
		x := cv[j] * (l.lnN - st.ldf)
		cn += x * x
		if st.qv != 0 { // a zero adds nothing
			dot += st.qv * x
		}
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
		if v := l.decay(q, l.node(s)); v > d {
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
	n, top := a.yearCounts(int16(y))
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
	at, av := l.centroid(a, 0)
	bt, bv := l.centroid(b, 1)
	var dot, na, nb float64
	j := 0
	for i, t := range at {
		f := l.idf(t)
		x := av[i] * f
		na += x * x
		for j < len(bt) && bt[j] < t {
			j++
		}
		if j < len(bt) && bt[j] == t {
			dot += x * bv[j] * f
		}
	}
	for i, t := range bt {
		x := bv[i] * l.idf(t)
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
	return l.shortWords(a.multi, b.multi, a.words, b.words)
}

// shortWords is shortFactor of two threads of the given numbers of words,
// each a part of a story of several threads or not (multi).
func (l *Linker) shortWords(aMulti, bMulti bool, aWords, bWords int32) float64 {
	if l.p.ShortWords <= 0 || !aMulti && !bMulti {
		return 1
	}
	w := float64(min(aWords, bWords))
	if w <= 0 || w >= l.p.ShortWords {
		return 1
	}
	return min(math.Sqrt(l.p.ShortWords/w), l.p.ShortBoost)
}
