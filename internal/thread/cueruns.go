package thread

import (
	"math/bits"
	"slices"
)

// News round-ups that switch subject with "Meanwhile…" or "It comes
// as…" often keep one main actor and one theme across their matters (a
// broadcaster's pay, then its licence fee, then its audiences), so their
// units compare closely by words and names alike, and the clustering
// folds them into one thread. What gives them away is the cues: across
// the BBC developer articles, the ECB+ articles and BBC mixes, no story
// opens two units with such a cue, while most round-ups of that kind do.
// In a story with Options.RoundupCues of them, each cue opens a run of
// units (a cue run, up to the next cue), clusters that share no run are
// kept apart by Options.CueApart, and the clustering stops at a thread
// per cue (Options.CueFloor). A run that opens by going back ("Back to
// the convention row", "Back in Westminster") belongs to an earlier
// matter, whichever it is: while it stands alone, nothing keeps it apart.

// cueKind says how a unit opens: with no cue, with a cue that turns to a
// new matter, or with one that goes back to an earlier matter.
type cueKind uint8

const (
	noCue cueKind = iota
	newMatter
	goesBack
)

// cueOpening classifies how unit u opens, given whether it opens with any
// shift cue (opensShift).
func cueOpening(u string, shift bool) cueKind {
	switch {
	case !shift:
		return noCue
	case opensNewMatter(u):
		return newMatter
	}
	return goesBack
}

// cueRuns returns the cue run of every unit (0 before the first cue, then
// one more at each cue, of either kind), whether each run opens by going
// back to an earlier matter, and the number of cues to a new matter; or
// nil when the story has fewer than minCues of those. A cue on the first
// unit opens nothing.
func cueRuns(kinds []cueKind, minCues int) (runs []int, back []bool, cues int) {
	for u := 1; u < len(kinds); u++ {
		if kinds[u] == newMatter {
			cues++
		}
	}
	if cues == 0 || cues < minCues {
		return nil, nil, 0
	}
	runs = make([]int, len(kinds))
	back = []bool{false}
	for u := 1; u < len(kinds); u++ {
		runs[u] = runs[u-1]
		if kinds[u] != noCue {
			runs[u]++
			back = append(back, kinds[u] == goesBack)
		}
	}
	return runs, back, cues
}

// opensNewMatter reports whether u opens with a discourse cue that turns
// to a new matter: any shift cue but a return ("Back to…") and "Back
// in…", which as often leads back to the story's home ground ("Back in
// Westminster, …") as anywhere new.
func opensNewMatter(u string) bool {
	var buf [64]byte
	low := appendLower(buf[:0], leadingFields(trimToLetter(u), 6))
	c, ok := cueAt(low, cuePrefixes)
	if !ok {
		return comesCue(low)
	}
	return c != "back in" && !slices.Contains(returnPrefixes, c)
}

// runSet is a set of cue runs, one bit each.
type runSet []uint64

// add puts run r in the set, growing it as needed.
func (s runSet) add(r int) runSet {
	for len(s) <= r/64 {
		s = append(s, 0)
	}
	s[r/64] |= 1 << (r % 64)
	return s
}

// union adds every run of t to s.
func (s runSet) union(t runSet) runSet {
	for len(s) < len(t) {
		s = append(s, 0)
	}
	for i, w := range t {
		s[i] |= w
	}
	return s
}

// overlaps reports whether s and t share a run.
func (s runSet) overlaps(t runSet) bool {
	for i := 0; i < len(s) && i < len(t); i++ {
		if s[i]&t[i] != 0 {
			return true
		}
	}
	return false
}

// withoutTheme returns the unit vectors vs of a news round-up without its
// theme: the dimensions (stems and names) found in every cue run. A word
// that each matter the cues announce uses (the broadcaster's name, "pay")
// is what the matters have in common, not what tells them apart, and
// left in it ties every matter to every other. The vectors are
// renormalised; vs is not changed. When the runs are fewer than three,
// or nothing is common to all, it returns nil.
func withoutTheme(vs []vec, runs []int) []vec {
	nr := runs[len(runs)-1] + 1
	if nr < 3 {
		return nil
	}
	seen := map[int32]runSet{}
	for u, v := range vs {
		for _, e := range v {
			seen[e.id] = seen[e.id].add(runs[u])
		}
	}
	theme := map[int32]bool{}
	for id, rs := range seen {
		if rs.count() == nr {
			theme[id] = true
		}
	}
	if len(theme) == 0 {
		return nil
	}
	out := make([]vec, len(vs))
	for u, v := range vs {
		w := make(vec, 0, len(v))
		for _, e := range v {
			if !theme[e.id] {
				w = append(w, e)
			}
		}
		normalize(w)
		out[u] = w
	}
	return out
}

// count returns how many runs s holds.
func (s runSet) count() int {
	n := 0
	for _, w := range s {
		n += bits.OnesCount64(w)
	}
	return n
}
