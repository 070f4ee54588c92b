package thread

import (
	"iter"
	"slices"
)

// A round-up or a column sets its matters out one after another, and the
// gap model, fitted on mixes of whole BBC articles, reads many of the
// junctions between its short items as continuations: among the gold
// round-ups (dev and blind sets 1-15), about half the gaps where a
// paragraph shares no content word with the one before it and opens
// with nothing that carries on from it (a pronoun, a conjunction, a
// quotation, a speaker brought in: a bare gap) are boundaries, against
// one in six of the others, while the model's sequential bonus barely
// tells them apart. So in a story set out as items
// (setOut), two clusters of two or more paragraphs each that touch only
// at bare gaps, with neither side's paragraph at the junction sharing a
// word with the other cluster, get no sequential bonus: their own words
// must join them. A single paragraph keeps the bonus, since a fragment
// compares poorly by words and its place in the sequence is most of what
// there is to go on. In a single article, whose paragraphs often share no
// word and begin afresh, the rule is off: there the sequence is the
// better guide.

// roleOpeners open a paragraph that brings in someone to speak on the
// matter at hand, by role or in the first person ("Chief executive…",
// "Finance director…", "Analysts…", "I…", "We…").
var roleOpeners = toSet(`i we my our chief chairman chairwoman boss finance director managing president spokesman spokeswoman spokesperson founder analyst`)

// carriesOn reports whether unit u opens with something that carries on
// from what came before: a pronoun, conjunction or quotation
// (opensContinuation, continuesQuote), a speaker brought in
// (attributesSpeech), a reaction to what was told ("X welcomed the
// decision", reactsTo), or a title, group or role ("Mr", "Analysts",
// "Chief executive").
func carriesOn(u string) bool {
	if opensContinuation(u) || continuesQuote(u) || attributesSpeech(u) || reactsTo(u) {
		return true
	}
	first, ok := firstLetters(u)
	if !ok {
		return false
	}
	var buf [16]byte
	low := appendLower(buf[:0], first)
	if _, ok := speakerTitles[string(low)]; ok {
		return true
	}
	if _, ok := speakerGroups[string(low)]; ok {
		return true
	}
	_, ok = roleOpeners[string(low)]
	return ok
}

// setOut reports whether a story is set out as items: a news round-up
// of cue runs (sz.runs), a market report of company items (items), a
// digest of news leads (sz.leads) or of bullets (sz.bullets), or a
// column with two or more sub-heads (heads; one may be a title or a
// dateline).
func setOut(heads, items []bool, sz sizing) bool {
	if sz.runs != nil || items != nil || sz.leads != nil || sz.bullets != nil {
		return true
	}
	count := 0
	for _, h := range heads {
		if h {
			count++
		}
	}
	return count >= 2
}

// bareGapSet holds the bare gaps of a story and each unit's content
// stems, for reattach to ask whether two clusters are tied where they
// touch.
type bareGapSet struct {
	gap   []bool    // gap[g]: the gap before unit g is bare
	stems [][]int32 // each unit's distinct content stem ids, ascending
}

// bareOnce works out the bare gaps of one call's units at most once,
// for the several steps that ask for them.
type bareOnce struct {
	done bool
	set  *bareGapSet
}

// of returns bareGaps(units, words), the same units and words every time.
func (b *bareOnce) of(units []string, words [][]word) *bareGapSet {
	if b == nil {
		return bareGaps(units, words)
	}
	if !b.done {
		b.set, b.done = bareGaps(units, words), true
	}
	return b.set
}

// bareGaps returns the bare gaps of units (nil when there is none).
func bareGaps(units []string, words [][]word) *bareGapSet {
	n := len(units)
	b := &bareGapSet{gap: make([]bool, n), stems: make([][]int32, n)}
	// One block holds every unit's stems, each unit a slice of it.
	size := 0
	for _, ws := range words {
		for _, w := range ws {
			if !w.stop {
				size++
			}
		}
	}
	all := make([]int32, 0, size)
	for u, ws := range words {
		at := len(all)
		for _, w := range ws {
			if !w.stop {
				all = append(all, w.id)
			}
		}
		ids := all[at:len(all):len(all)]
		slices.Sort(ids)
		b.stems[u] = slices.Compact(ids)
	}
	found := false
	for g := 1; g < n; g++ {
		b.gap[g] = !b.share(g-1, g) && !carriesOn(units[g])
		found = found || b.gap[g]
	}
	if !found {
		return nil
	}
	return b
}

// share reports whether units u and v share a content stem.
func (b *bareGapSet) share(u, v int) bool {
	x, y := b.stems[u], b.stems[v]
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] == y[j]:
			return true
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// sharesAny reports whether unit u shares a content stem with any of
// members.
func (b *bareGapSet) sharesAny(u int, members []int) bool {
	for _, m := range members {
		if m != u && b.share(u, m) {
			return true
		}
	}
	return false
}

// tied reports whether the clusters of members a and members bs (the
// cluster numbered b in owner) touch at a gap that is not bare, or at a
// bare gap where the unit on one side shares a content stem with the
// other cluster.
func (b *bareGapSet) tied(a, bs []int, owner []int, nb int) bool {
	for u, k := range touching(a, owner, nb) {
		if !b.gap[max(u, k)] || b.sharesAny(u, bs) || b.sharesAny(k, a) {
			return true
		}
	}
	return false
}

// touching yields each unit u of members a with a neighbour k (u-1 or
// u+1) in the cluster numbered nb in owner: where the two clusters touch,
// at the gap before unit max(u, k).
func touching(a, owner []int, nb int) iter.Seq2[int, int] {
	return func(yield func(u, k int) bool) {
		for _, u := range a {
			for _, k := range [2]int{u - 1, u + 1} {
				if k >= 0 && k < len(owner) && owner[k] == nb && !yield(u, k) {
					return
				}
			}
		}
	}
}
