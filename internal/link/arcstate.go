package link

import "slices"

// arcState is one arc held by the linker, in a slab by index (arcAt).
type arcState struct {
	id      string
	idx     int32   // its index (node.arc)
	members []int32 // node slots
	// ct and cv hold the centroid: for each term id (ascending) the sum of
	// its threads' raw weights, each thread scaled to unit length; the
	// inverse document frequency is applied when comparing. An arc of one
	// thread keeps no centroid of its own: it is that thread's unit vector.
	ct []int32
	cv []float64
	// years counts the threads of each dominant year mentioned.
	years []yearCount
}

// yearCount is how many threads of an arc mostly mention one year.
type yearCount struct {
	year int16
	n    int32
}

// arcSlabSize is how many arcs are allocated together.
const arcSlabSize = 256

// arcAt returns the arc of an index.
func (l *Linker) arcAt(i int32) *arcState {
	u := uint32(i) // unsigned: a shift and a mask
	return &l.arcSlab[u/arcSlabSize][u%arcSlabSize]
}

// newArc adds an empty arc under id to the arcs and returns it.
func (l *Linker) newArc(id string) *arcState {
	var i int32
	if k := len(l.freeArcs); k > 0 {
		i = l.freeArcs[k-1]
		l.freeArcs = l.freeArcs[:k-1]
	} else {
		i = l.arcCount
		l.arcCount++
		if int(i/arcSlabSize) == len(l.arcSlab) {
			l.arcSlab = append(l.arcSlab, new([arcSlabSize]arcState))
		}
	}
	a := l.arcAt(i)
	*a = arcState{id: id, idx: i}
	l.arcs[id] = a
	return a
}

// freeArc gives up an arc that no thread and no map holds any more.
func (l *Linker) freeArc(a *arcState) {
	i := a.idx
	*a = arcState{}
	l.freeArcs = append(l.freeArcs, i)
}

// centroid returns the arc's centroid as term ids with their sums; for an
// arc of one thread it fills and returns the linker's scratch buffer k.
func (l *Linker) centroid(a *arcState, k int) ([]int32, []float64) {
	if a.ct != nil || len(a.members) != 1 {
		return a.ct, a.cv
	}
	n := l.node(a.members[0])
	terms, keys, w := l.vec(n)
	v := l.cbuf[k][:0]
	for _, key := range keys {
		v = append(v, float64(w[key])*float64(n.scale))
	}
	l.cbuf[k] = v
	return terms, v
}

// add puts a thread into the arc.
func (a *arcState) add(l *Linker, slot int32) {
	n := l.node(slot)
	if len(a.members) == 1 && a.ct == nil {
		first := l.node(a.members[0])
		terms, keys, w := l.vec(first)
		a.ct = slices.Clone(terms)
		a.cv = make([]float64, len(keys))
		for i, key := range keys {
			a.cv[i] = float64(w[key]) * float64(first.scale)
		}
	}
	a.members = append(a.members, slot)
	n.arc = a.idx
	if n.year != 0 {
		a.countYear(n.year, 1)
	}
	if len(a.members) == 1 && a.ct == nil {
		return
	}
	terms, keys, w := l.vec(n)
	a.addVec(terms, keys, w, float64(n.scale))
}

// addVec adds k times a sorted sparse vector (weights w[keys[i]]) to the
// centroid.
func (a *arcState) addVec(terms []int32, keys []uint16, w *weights, k float64) {
	// Count the terms the centroid lacks; without any, add in place.
	missing := 0
	i := 0
	for _, t := range terms {
		for i < len(a.ct) && a.ct[i] < t {
			i++
		}
		if i == len(a.ct) || a.ct[i] != t {
			missing++
		}
	}
	if missing == 0 {
		i = 0
		for j, t := range terms {
			for a.ct[i] < t {
				i++
			}
			a.cv[i] += float64(w[keys[j]]) * k
		}
		return
	}
	// Merge from the back, in place: the centroid grows with room to
	// spare, so most additions reallocate nothing.
	old := len(a.ct)
	n := old + missing
	if cap(a.ct) < n || cap(a.cv) < n {
		ct := make([]int32, old, n+n/2)
		cv := make([]float64, old, n+n/2)
		copy(ct, a.ct)
		copy(cv, a.cv)
		a.ct, a.cv = ct, cv
	}
	ct, cv := a.ct[:n], a.cv[:n]
	i, o := old-1, n-1
	for j := len(terms) - 1; j >= 0; j-- {
		t := terms[j]
		for i >= 0 && ct[i] > t {
			ct[o], cv[o] = ct[i], cv[i]
			i--
			o--
		}
		x := float64(w[keys[j]]) * k
		if i >= 0 && ct[i] == t {
			x += cv[i]
			i--
		}
		ct[o], cv[o] = t, x
		o--
	}
	a.ct, a.cv = ct, cv
}

// remove takes a thread out of the arc.
func (a *arcState) remove(l *Linker, slot int32) {
	n := l.node(slot)
	a.members = slices.DeleteFunc(a.members, func(s int32) bool { return s == slot })
	if n.year != 0 {
		a.countYear(n.year, -1)
	}
	if a.ct == nil {
		return
	}
	k := float64(n.scale)
	terms, keys, w := l.vec(n)
	i := 0
	for j, t := range terms {
		for i < len(a.ct) && a.ct[i] < t {
			i++
		}
		if i < len(a.ct) && a.ct[i] == t {
			a.cv[i] -= float64(w[keys[j]]) * k
		}
	}
	// Drop the terms no thread holds any more.
	out := 0
	for i, t := range a.ct {
		if a.cv[i] > 1e-9 {
			a.ct[out], a.cv[out] = t, a.cv[i]
			out++
		}
	}
	a.ct, a.cv = a.ct[:out], a.cv[:out]
}

// countYear adds d to the count of a year.
func (a *arcState) countYear(y int16, d int32) {
	for i := range a.years {
		if a.years[i].year == y {
			a.years[i].n += d
			if a.years[i].n == 0 {
				a.years = slices.Delete(a.years, i, i+1)
			}
			return
		}
	}
	a.years = append(a.years, yearCount{y, d})
}

// yearCounts returns how many of the arc's threads mostly mention y, and
// the count of the arc's most common year.
func (a *arcState) yearCounts(y int16) (n, top int32) {
	for _, c := range a.years {
		if c.year == y {
			n = c.n
		}
		top = max(top, c.n)
	}
	return n, top
}
