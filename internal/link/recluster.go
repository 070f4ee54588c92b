package link

import (
	"math"
	"slices"
)

// maxRegionArcs is how many nearby arcs a new thread's region takes in.
const maxRegionArcs = 4

// recluster links a new thread by clustering it afresh together with the
// threads of the arcs near it (its region), by average link, so that an
// early wrong turn in the region can be undone when later threads make
// the picture clearer. Old arc ids are kept for clusters holding most of
// an old arc (the oldest such arc's id on merges). It returns false, and
// changes nothing, when no arc is near enough or the region is too large.
func (l *Linker) recluster(slot int32, cands []arcCand, out map[string]string) bool {
	var region []*arcState
	size := 1
	for _, c := range cands {
		if len(region) == maxRegionArcs {
			break
		}
		if c.score < l.p.RegionMin && c.max < l.p.RegionPair {
			continue
		}
		if size+len(c.arc.members) > l.p.RegionMax {
			if len(region) == 0 {
				return false // the best arc is too big: decide by centroid
			}
			continue
		}
		region = append(region, c.arc)
		size += len(c.arc.members)
	}
	if len(region) == 0 {
		return false
	}
	members := append(l.rs.members[:0], slot)
	for _, a := range region {
		members = append(members, a.members...)
	}
	l.rs.members = members
	slices.SortFunc(members, l.compareNodes)
	groups := l.averageLink(members)

	// Old arcs: an arc's id goes to the cluster (earliest first) holding
	// more than half of its threads; the oldest such arc wins. Until the
	// threads are re-added below, a thread's arc is its old one (none for
	// the new thread), and the region has at most maxRegionArcs arcs.
	for _, a := range region {
		delete(l.arcs, a.id)
	}
	slices.SortFunc(region, func(a, b *arcState) int { return l.compareNodes(l.firstKey(a), l.firstKey(b)) })
	var used [maxRegionArcs]bool
	owner := make([]int, len(groups)) // 1 + the region arc whose id a group takes, or 0
	for gi, g := range groups {
		var count [maxRegionArcs]int
		for _, s := range g {
			if a := l.node(s).arc; a != 0 {
				count[slices.Index(region, l.arcAt(a))]++
			}
		}
		for ri, a := range region {
			if !used[ri] && 2*count[ri] > len(a.members) {
				used[ri] = true
				owner[gi] = ri + 1
				break
			}
		}
	}
	ids := make([]string, len(groups))
	for gi, o := range owner {
		if o > 0 {
			ids[gi] = region[o-1].id
		}
	}
	// An old arc whose threads stay together, joined by nothing but the
	// new thread, is kept as it is (with its centroid); the others are
	// rebuilt.
	keep := make([]bool, len(groups))
	var kept [maxRegionArcs]bool
	for gi, g := range groups {
		if owner[gi] == 0 {
			continue
		}
		a := region[owner[gi]-1]
		n := 0
		for _, s := range g {
			if s != slot && l.node(s).arc == a.idx {
				n++
			}
		}
		has := slices.Contains(g, slot)
		if n == len(a.members) && n+b2i(has) == len(g) {
			keep[gi] = true
			kept[owner[gi]-1] = true
			l.arcs[a.id] = a
			if has {
				a.add(l, slot)
				out[l.threadID(slot)] = a.id
			}
		}
	}
	for gi, id := range ids {
		if id != "" && !keep[gi] {
			l.newArc(id)
		}
	}
	for gi, g := range groups {
		if ids[gi] == "" {
			ids[gi] = l.newArc(l.newArcID(l.threadID(g[0]))).id
		}
	}
	for gi, g := range groups {
		if keep[gi] {
			continue
		}
		a := l.arcs[ids[gi]]
		for _, s := range g {
			prev := ""
			if n := l.node(s); n.arc != 0 {
				prev = l.arcAt(n.arc).id
			}
			a.add(l, s)
			if prev != a.id {
				out[l.threadID(s)] = a.id
			}
		}
	}
	// The old arcs not kept hold no thread any more.
	for ri, a := range region {
		if !kept[ri] {
			l.freeArc(a)
		}
	}
	return true
}

// averageLink clusters threads (given in date order) by average link:
// the two clusters with the highest mean pairwise similarity merge while
// it is at least Params.Local. It
// returns the clusters, each in date order, ordered by earliest thread.
func (l *Linker) averageLink(members []int32) [][]int32 {
	m := len(members)
	sum := l.regionSims(members)
	rs := &l.rs
	// Clusters are lists through next, each headed by its first (and
	// earliest) thread, which also numbers the cluster.
	size := grow(&rs.size, m)
	next := grow(&rs.next, m)
	tail := grow(&rs.tail, m)
	alive := grow(&rs.alive, m)
	for i := range m {
		size[i], next[i], tail[i], alive[i] = 1, -1, i, true
	}
	// Each row keeps its best partner among the later rows (the first on
	// ties), so a merge only rescans the rows it touched.
	link := func(i, j int) float64 { return sum[i][j] / float64(size[i]*size[j]) }
	best := grow(&rs.best, m)
	bestV := grow(&rs.bestV, m)
	// blocked marks pairs of clusters kept apart as look-alike stories,
	// until one of them grows.
	blocked := grow(&rs.blocked, m*m)
	clear(blocked)
	intra := grow(&rs.intra, m) // sum of the similarities within each cluster
	clear(intra)
	scan := func(i int) {
		best[i], bestV[i] = -1, 0
		for j := i + 1; j < m; j++ {
			if alive[j] && !blocked[i*m+j] {
				if v := link(i, j); best[i] < 0 || v > bestV[i] {
					best[i], bestV[i] = j, v
				}
			}
		}
	}
	for i := range m {
		scan(i)
	}
	for {
		bi := -1
		for i := range m {
			if alive[i] && best[i] >= 0 && (bestV[i] > l.p.Local || bestV[i] == l.p.Local && bi < 0) && (bi < 0 || bestV[i] > bestV[bi]) {
				bi = i
			}
		}
		if bi < 0 {
			break
		}
		bj := best[bi]
		if l.apart(bestV[bi], intra[bi], intra[bj], size[bi], size[bj]) && !l.datedTogether(members, next, bi, bj) || l.dateApart(members, next, bi, bj) {
			blocked[bi*m+bj] = true
			scan(bi)
			continue
		}
		intra[bi] += intra[bj] + sum[bi][bj]
		next[tail[bi]] = bj
		tail[bi] = tail[bj]
		size[bi] += size[bj]
		alive[bj] = false
		for k := range m {
			blocked[bi*m+k], blocked[k*m+bi] = false, false
		}
		for k := range m {
			sum[bi][k] += sum[bj][k]
			sum[k][bi] = sum[bi][k]
		}
		for i := range m {
			switch {
			case !alive[i]:
			case i == bi || best[i] == bi || best[i] == bj:
				scan(i)
			case i < bi:
				if v := link(i, bi); v > bestV[i] || v == bestV[i] && bi < best[i] {
					best[i], bestV[i] = bi, v
				}
			}
		}
	}
	var out [][]int32
	idx := rs.idx[:0]
	for i := range m {
		if !alive[i] {
			continue
		}
		idx = idx[:0]
		for x := i; x >= 0; x = next[x] {
			idx = append(idx, x)
		}
		slices.Sort(idx)
		g := make([]int32, len(idx))
		for k, x := range idx {
			g[k] = members[x]
		}
		out = append(out, g)
	}
	rs.idx = idx
	slices.SortFunc(out, func(a, b []int32) int { return l.compareNodes(a[0], b[0]) })
	return out
}

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// regionSims returns the matrix of pairSim between the given threads. Each
// thread's idf-weighted unit vector is scattered once into a dense row
// over the region's terms, against which the later threads are gathered:
// no sparse merge per pair.
func (l *Linker) regionSims(members []int32) [][]float64 {
	m := len(members)
	rs := &l.rs
	flat := grow(&rs.flat, m*m)
	clear(flat)
	sum := grow(&rs.rows, m)
	for i := range sum {
		sum[i] = flat[i*m : (i+1)*m : (i+1)*m]
	}
	// Local term numbers and unit vectors, thread i's at ents[offs[i]:offs[i+1]].
	l.growTermScratch()
	ents := rs.ents[:0]
	offs := append(rs.offs[:0], 0)
	terms := rs.terms[:0]
	norms := rs.norms[:0]
	for _, s := range members {
		ts, keys, w := l.vec(l.node(s))
		v0 := len(ents)
		var norm float64
		for k, t := range ts {
			if l.tloc[t] == 0 {
				terms = append(terms, t)
				l.tloc[t] = int32(len(terms))
			}
			x := float64(w[keys[k]]) * l.idf(t)
			ents = append(ents, regionEntry{l.tloc[t] - 1, x})
			norm += x * x
		}
		if norm > 0 {
			norm = 1 / math.Sqrt(norm)
		}
		norms = append(norms, norm)
		for k := v0; k < len(ents); k++ {
			ents[k].x *= norm
		}
		offs = append(offs, len(ents))
	}
	for _, t := range terms {
		l.tloc[t] = 0
	}
	rs.ents, rs.offs, rs.terms, rs.norms = ents, offs, terms, norms
	// What the pair factors read of each member, side by side: the pairs
	// of a region are many, and their nodes lie all over the heap.
	info := grow(&rs.info, m)
	for i, s := range members {
		n := l.node(s)
		info[i] = memberInfo{mask: n.nameMask, day: n.day, words: n.words, year: n.year, dated: n.dated, multi: n.multi}
	}
	row := grow(&rs.row, len(terms)) // zero between uses
	for i := range m {
		vi := ents[offs[i]:offs[i+1]]
		for _, e := range vi {
			row[e.loc] = e.x
		}
		a := &info[i]
		for j := i + 1; j < m; j++ {
			var dot float64
			for _, e := range ents[offs[j]:offs[j+1]] {
				dot += row[e.loc] * e.x
			}
			if dot <= 0 {
				continue
			}
			b := &info[j]
			// namesakeDot is 0 without a surname in common.
			if a.mask&b.mask != 0 {
				if dot -= l.namesakeDot(l.node(members[i]), l.node(members[j])) * norms[i] * norms[j]; dot <= 0 {
					continue
				}
			}
			// as decay, yearFactor and shortFactor have it
			v := dot * l.decayDays(a.dated, b.dated, a.day, b.day) * l.yearFactor(int(a.year), int(b.year)) * l.shortWords(a.multi, b.multi, a.words, b.words)
			sum[i][j], sum[j][i] = v, v
		}
		for _, e := range vi {
			row[e.loc] = 0
		}
	}
	return sum
}

// memberInfo is what regionSims reads of a member besides its vector.
type memberInfo struct {
	mask  uint64 // node.nameMask
	day   int32
	words int32
	year  int16
	dated bool
	multi bool
}

// regionEntry is one term of a thread's unit vector in a region: the
// term's local number and its weight·idf, scaled.
type regionEntry struct {
	loc int32
	x   float64
}

// regionScratch holds the buffers of regionSims and averageLink, reused
// from one new thread to the next. The similarity matrix is valid until
// the next reclustering.
type regionScratch struct {
	members []int32
	flat    []float64
	rows    [][]float64
	ents    []regionEntry
	offs    []int
	terms   []int32
	norms   []float64 // a member's 1/|x| over its idf-weighted vector
	info    []memberInfo
	row     []float64 // all zero between uses

	size, next, tail, best, idx []int
	alive, blocked              []bool
	bestV, intra                []float64
}

// growTermScratch makes l.tloc cover every term id (new entries zero).
func (l *Linker) growTermScratch() {
	if len(l.tloc) < len(l.termStr) {
		l.tloc = append(l.tloc, make([]int32, len(l.termStr)-len(l.tloc))...)
	}
}

// grow returns (*buf)[:n], reallocating when too short; the contents are
// left as they were, zero only where new.
func grow[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = append((*buf)[:cap(*buf)], make([]T, n-cap(*buf))...)
	}
	*buf = (*buf)[:n]
	return *buf
}

// apart reports whether two clusters (the sums of their internal
// similarities and their sizes given) are kept apart although their
// average link v clears Params.Local: both have at least CoreMin threads
// and v falls below Params.Cohesion times the mean internal similarity of
// each. Look-alike stories of one kind are each far tighter than their
// link, while a tight group of copies within a story is not kept from
// the looser rest of it.
func (l *Linker) apart(v, intraA, intraB float64, na, nb int) bool {
	if l.p.Cohesion <= 0 || min(na, nb) < max(2, l.p.CoreMin) {
		return false
	}
	ca := intraA / float64(na*(na-1)/2)
	cb := intraB / float64(nb*(nb-1)/2)
	return v < l.p.Cohesion*min(ca, cb)
}
