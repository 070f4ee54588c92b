package versions

import (
	"cmp"
	"slices"
)

// Probes is how many of a sketch's smallest hashes Index files it under.
// Two texts whose shingle sets overlap by a share J have one of the
// union's Probes smallest hashes in common, and so share a probe, with
// probability at least 1-(1-J)^Probes: 0.9993 at SameText, 0.94 at
// SameTitle.
const Probes = 8

// MaxPosting is how many stories Index files under one hash. A hash held
// by that many stories is a common phrase ("one of the"), not a sign of a
// shared text: Candidates skips it, which bounds the work per story
// however large the archive.
const MaxPosting = 32

// Index finds, among the stories added to it, those that may be versions
// of a text: the ones sharing one of its Probes smallest hashes. It keeps
// about 8·Probes+8 bytes per story plus the ids. It is not safe for
// concurrent use.
type Index struct {
	ids    []string
	titles []uint64           // by story: TitleKey of its title, 0 when unknown
	base   []entry            // sorted by hash, then story
	fresh  map[uint32][]int32 // added since the last merge into base
	added  int                // entries in fresh
}

type entry struct {
	h uint32
	i int32
}

// mergeAt is the least number of fresh entries merged into base at once;
// merges also wait for fresh to reach an eighth of base, so adding n
// stories costs O(n log n) in all.
const mergeAt = 4096

// Add files story id under its sketch's probe hashes, with the TitleKey
// of its title (0 when not known). A story added again (an updated text)
// keeps its old entries; they only cost a comparison.
func (x *Index) Add(id string, title uint64, sk Sketch) {
	n := min(Probes, sk.len())
	if n == 0 {
		return
	}
	i := int32(len(x.ids))
	x.ids = append(x.ids, id)
	x.titles = append(x.titles, title)
	if x.fresh == nil {
		x.fresh = map[uint32][]int32{}
	}
	for p := range n {
		h := sk.at(p)
		if x.posting(h) < MaxPosting {
			x.fresh[h] = append(x.fresh[h], i)
			x.added++
		}
	}
	if x.added >= mergeAt && x.added >= len(x.base)/8 {
		x.merge()
	}
}

// Len returns the number of stories added.
func (x *Index) Len() int { return len(x.ids) }

// Candidate is a story that may be a version of a text: its id, and the
// TitleKey of its title as added (0 when not known).
type Candidate struct {
	ID    string
	Title uint64
}

// Candidates returns the stories added that share a probe hash with sk,
// other than skip, each once, in the order they were added. Hashes held
// by MaxPosting stories are passed over.
func (x *Index) Candidates(sk Sketch, skip string) []Candidate {
	var found []int32
	for p := range min(Probes, sk.len()) {
		h := sk.at(p)
		lo, hi := x.span(h)
		f := x.fresh[h]
		if hi-lo+len(f) >= MaxPosting {
			continue
		}
		for _, e := range x.base[lo:hi] {
			found = append(found, e.i)
		}
		found = append(found, f...)
	}
	slices.Sort(found)
	found = slices.Compact(found)
	out := make([]Candidate, 0, len(found))
	for _, i := range found {
		if id := x.ids[i]; id != skip {
			out = append(out, Candidate{id, x.titles[i]})
		}
	}
	return out
}

// span returns the range of base filed under h.
func (x *Index) span(h uint32) (lo, hi int) {
	lo, _ = slices.BinarySearchFunc(x.base, h, func(e entry, h uint32) int { return cmp.Compare(e.h, h) })
	hi = lo
	for hi < len(x.base) && x.base[hi].h == h {
		hi++
	}
	return lo, hi
}

func (x *Index) posting(h uint32) int {
	lo, hi := x.span(h)
	return hi - lo + len(x.fresh[h])
}

// merge moves the fresh entries into base.
func (x *Index) merge() {
	add := make([]entry, 0, x.added)
	for h, is := range x.fresh {
		for _, i := range is {
			add = append(add, entry{h, i})
		}
	}
	order := func(a, b entry) int {
		if c := cmp.Compare(a.h, b.h); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	}
	slices.SortFunc(add, order)
	merged := make([]entry, 0, len(x.base)+len(add))
	i, j := 0, 0
	for i < len(x.base) || j < len(add) {
		if j == len(add) || (i < len(x.base) && order(x.base[i], add[j]) <= 0) {
			merged = append(merged, x.base[i])
			i++
		} else {
			merged = append(merged, add[j])
			j++
		}
	}
	x.base, x.fresh, x.added = merged, nil, 0
}
