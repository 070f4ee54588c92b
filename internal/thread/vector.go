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

// sum adds sparse vectors into a dense accumulator keyed by id and
// returns it as a sorted, normalised sparse vector.
func centroid(vs []vec, members []int) vec {
	m := map[int32]float64{}
	for _, i := range members {
		for _, e := range vs[i] {
			m[e.id] += e.w
		}
	}
	c := fromMap(m)
	normalize(c)
	return c
}
