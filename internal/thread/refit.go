package thread

// A last pass over the clustering re-weighs its short pieces. The
// agglomerative clustering (reattach) merges greedily: a paragraph or
// two joined early to the matter beside them, carried by the sequential
// link, the single-unit allowance or the fragment pull, is never weighed
// again once the matters around it have grown and their words have
// settled. So, with the clusters as they stand at the end, every run of
// up to refitRun consecutive paragraphs of one thread that is only part
// of that thread is compared, by the centroid of its words and actors,
// with the rest of its own thread and with every other thread; when
// another thread is closer than the rest of its own by more than
// refitMargin, the run moves to it. A run opening with a mark of its
// own (a cue such as "Meanwhile", a sub-head, a market item, a list
// item or a tag) stays: a rule placed it on that evidence, and a cue
// that turns to another matter often opens a piece whose words are
// those of the matter it turns from. A whole thread is never merged
// here: that the clustering stopped short of joining it is a decision
// on the same scores. All moves are judged against the clustering as
// it stands and made at once.
//
// Over the development round-ups (dev and blind sets 1-30 and 40) the
// mean B3 F1 rose from 0.8651 to 0.8660 and the mean Pk fell from
// 0.1447 to 0.1438, seven sets up and none down; leave-one-set-out over
// runs of 1-4 paragraphs and margins 0-0.1 (each fold choosing on the
// other 31 sets) gave a held-out mean of 0.8661 and Pk 0.1438. Without
// sparing marked runs it gained half as much, with three sets down;
// run before the pronoun rule (pronoun.go) it gained less.

// refitRun is the longest run of paragraphs the last pass may move.
const refitRun = 2

// refitMargin is how much closer another thread must be to a run than
// the rest of the run's own thread is, for the run to move.
const refitMargin = 0.02

// refit moves short runs of units to the thread they fit best (see
// above). vs are the units' vectors as the clustering compares them,
// ids the clustering's thread per unit and marked the units that open
// with a mark of their own (nil: none). It returns ids, renumbered when
// anything moved.
func refit(vs []vec, ids []int, marked []bool, sum *summer) []int {
	n := len(ids)
	m := 0
	for _, id := range ids {
		m = max(m, id+1)
	}
	if m < 2 {
		return ids
	}
	members := make([][]int, m)
	for u, id := range ids {
		members[id] = append(members[id], u)
	}
	cents := make([]vec, m)
	for c := range members {
		cents[c] = sum.centroid(vs, members[c])
	}
	var out, rest, span []int
	for a := 0; a < n; {
		b := a + 1
		for b < n && ids[b] == ids[a] {
			b++
		}
		own := ids[a]
		if b-a <= refitRun && len(members[own]) > b-a && (marked == nil || !marked[a]) {
			rest = rest[:0]
			for _, u := range members[own] {
				if u < a || u >= b {
					rest = append(rest, u)
				}
			}
			span = span[:0]
			for u := a; u < b; u++ {
				span = append(span, u)
			}
			run := sum.centroid(vs, span)
			best, bv := -1, dot(run, sum.centroid(vs, rest))+refitMargin
			for c := range cents {
				if c != own {
					if v := dot(run, cents[c]); v > bv {
						best, bv = c, v
					}
				}
			}
			if best >= 0 {
				if out == nil {
					out = append([]int(nil), ids...)
				}
				for u := a; u < b; u++ {
					out[u] = best
				}
			}
		}
		a = b
	}
	if out == nil {
		return ids
	}
	return renumber(out)
}
