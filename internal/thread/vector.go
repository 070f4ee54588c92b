package thread

import (
	"math"
	"sort"
)

// entry is one weighted dimension of a sparse vector.
type entry struct {
	id int32
	w  float64
}

// vec is a sparse vector sorted by id.
type vec []entry

// dot returns the inner product of two sorted sparse vectors.
func dot(a, b vec) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id == b[j].id:
			s += a[i].w * b[j].w
			i++
			j++
		case a[i].id < b[j].id:
			i++
		default:
			j++
		}
	}
	return s
}

// normalize scales v to unit length in place (a zero vector stays zero).
func normalize(v vec) {
	var n float64
	for _, e := range v {
		n += e.w * e.w
	}
	if n == 0 {
		return
	}
	n = math.Sqrt(n)
	for i := range v {
		v[i].w /= n
	}
}

// vocab interns string keys into dense ids for one segmentation call.
type vocab map[string]int32

func (v vocab) id(k string) int32 {
	if id, ok := v[k]; ok {
		return id
	}
	id := int32(len(v))
	v[k] = id
	return id
}

// fromMap turns a weight map into a sorted sparse vector.
func fromMap(m map[int32]float64) vec {
	v := make(vec, 0, len(m))
	for id, w := range m {
		if w > 0 {
			v = append(v, entry{id, w})
		}
	}
	sort.Slice(v, func(i, j int) bool { return v[i].id < v[j].id })
	return v
}

// centroid returns the normalised sum of the member vectors.
func centroid(vs []vec, members []int) vec {
	if len(members) == 1 {
		return vs[members[0]] // already normalised
	}
	var acc accum
	for _, i := range members {
		acc.add(vs[i])
	}
	c := acc.vec()
	normalize(c)
	return c
}

// accum sums sparse vectors; small sums stay in a merge of sorted slices.
type accum struct{ v vec }

// add merges b into the running sum.
func (a *accum) add(b vec) {
	out := make(vec, 0, len(a.v)+len(b))
	i, j := 0, 0
	for i < len(a.v) && j < len(b) {
		switch {
		case a.v[i].id == b[j].id:
			out = append(out, entry{a.v[i].id, a.v[i].w + b[j].w})
			i++
			j++
		case a.v[i].id < b[j].id:
			out = append(out, a.v[i])
			i++
		default:
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a.v[i:]...)
	out = append(out, b[j:]...)
	a.v = out
}

func (a *accum) vec() vec { return a.v }
