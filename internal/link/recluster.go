package link

import (
	"math"
	"slices"
)

// maxRegionArcs is how many nearby arcs a new thread's region takes in.
const maxRegionArcs = 4

// norm returns the length of a thread's vector under the current idf.
func (l *Linker) norm(n *node) float64 {
	var s float64
	for i, t := range n.terms {
		x := float64(n.w[i]) * l.idf(t)
		s += x * x
	}
	return math.Sqrt(s)
}

// pairSim is the similarity of two threads (norms precomputed): idf
// cosine with the date and year factors, as for neighbours.
func (l *Linker) pairSim(a, b *node, na, nb float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	var dot float64
	i, j := 0, 0
	for i < len(a.terms) && j < len(b.terms) {
		switch {
		case a.terms[i] < b.terms[j]:
			i++
		case a.terms[i] > b.terms[j]:
			j++
		default:
			f := l.idf(a.terms[i])
			dot += float64(a.w[i]) * float64(b.w[j]) * f * f
			i++
			j++
		}
	}
	if dot <= 0 {
		return 0
	}
	return dot / (na * nb) * l.decay(a, b) * l.yearFactor(int(a.year), int(b.year)) * l.shortFactor(a, b)
}

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
	members := []int32{slot}
	for _, a := range region {
		members = append(members, a.members...)
	}
	slices.SortFunc(members, func(a, b int32) int { return compareNodes(l.nodes[a], l.nodes[b]) })
	groups := l.averageLink(members)

	// Old arcs: an arc's id goes to the cluster (earliest first) holding
	// more than half of its threads; the oldest such arc wins.
	oldOf := map[int32]*arcState{}
	for _, a := range region {
		for _, s := range a.members {
			oldOf[s] = a
		}
		delete(l.arcs, a.id)
	}
	slices.SortFunc(region, func(a, b *arcState) int { return compareNodes(l.firstKey(a), l.firstKey(b)) })
	used := map[*arcState]bool{}
	ids := make([]string, len(groups))
	for gi, g := range groups {
		count := map[*arcState]int{}
		for _, s := range g {
			if a := oldOf[s]; a != nil {
				count[a]++
			}
		}
		for _, a := range region {
			if !used[a] && 2*count[a] > len(a.members) {
				used[a] = true
				ids[gi] = a.id
				break
			}
		}
	}
	for _, id := range ids {
		if id != "" {
			l.arcs[id] = &arcState{id: id}
		}
	}
	for gi, g := range groups {
		if ids[gi] == "" {
			ids[gi] = l.newArcID(l.nodes[g[0]].id)
			l.arcs[ids[gi]] = &arcState{id: ids[gi]}
		}
	}
	for gi, g := range groups {
		a := l.arcs[ids[gi]]
		for _, s := range g {
			n := l.nodes[s]
			prev := ""
			if n.arc != nil {
				prev = n.arc.id
			}
			a.add(l, s)
			if prev != a.id {
				out[n.id] = a.id
			}
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
	norms := make([]float64, m)
	for i, s := range members {
		norms[i] = l.norm(l.nodes[s])
	}
	sum := make([][]float64, m)
	for i := range sum {
		sum[i] = make([]float64, m)
	}
	for i := range m {
		for j := i + 1; j < m; j++ {
			v := l.pairSim(l.nodes[members[i]], l.nodes[members[j]], norms[i], norms[j])
			sum[i][j], sum[j][i] = v, v
		}
	}
	cl := make([][]int, m)
	for i := range cl {
		cl[i] = []int{i}
	}
	alive := make([]bool, m)
	for i := range alive {
		alive[i] = true
	}
	for {
		bi, bj, bv := -1, -1, l.p.Local
		for i := range m {
			if !alive[i] {
				continue
			}
			for j := i + 1; j < m; j++ {
				if !alive[j] {
					continue
				}
				v := sum[i][j] / float64(len(cl[i])*len(cl[j]))
				if v > bv || bi < 0 && v == bv {
					bi, bj, bv = i, j, v
				}
			}
		}
		if bi < 0 {
			break
		}
		cl[bi] = append(cl[bi], cl[bj]...)
		alive[bj] = false
		for k := range m {
			sum[bi][k] += sum[bj][k]
			sum[k][bi] = sum[bi][k]
		}
	}
	var out [][]int32
	for i := range m {
		if !alive[i] {
			continue
		}
		slices.Sort(cl[i])
		g := make([]int32, len(cl[i]))
		for k, x := range cl[i] {
			g[k] = members[x]
		}
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []int32) int { return compareNodes(l.nodes[a[0]], l.nodes[b[0]]) })
	return out
}
