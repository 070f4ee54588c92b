package thread

import (
	"slices"
	"testing"
)

// refitVec makes a normalised vector over the dimensions named a, b, c…
func refitVec(ws map[byte]float64) vec {
	var v vec
	for d := byte('a'); d <= 'z'; d++ {
		if w, ok := ws[d]; ok {
			v = append(v, entry{int32(d), w})
		}
	}
	normalize(v)
	return v
}

func TestRefit(t *testing.T) {
	A := map[byte]float64{'a': 1}
	B := map[byte]float64{'b': 1}
	cases := []struct {
		name   string
		units  []map[byte]float64
		ids    []int
		marked []int
		want   []int
	}{
		{"a paragraph closer to another thread moves",
			[]map[byte]float64{A, A, B, B}, []int{0, 0, 1, 0}, nil, []int{0, 0, 1, 1}},
		{"a run of two moves together",
			[]map[byte]float64{A, A, B, B, B}, []int{0, 0, 1, 0, 0}, nil, []int{0, 0, 1, 1, 1}},
		{"a run of three stays",
			[]map[byte]float64{A, A, B, B, B, B}, []int{0, 0, 1, 0, 0, 0}, nil, []int{0, 0, 1, 0, 0, 0}},
		{"a marked run stays",
			[]map[byte]float64{A, A, B, B}, []int{0, 0, 1, 0}, []int{3}, []int{0, 0, 1, 0}},
		{"closer by less than the margin stays",
			[]map[byte]float64{A, A, B, {'a': 1, 'b': 1.01}}, []int{0, 0, 1, 0}, nil, []int{0, 0, 1, 0}},
		{"closer by more than the margin moves",
			[]map[byte]float64{A, A, B, {'a': 1, 'b': 1.1}}, []int{0, 0, 1, 0}, nil, []int{0, 0, 1, 1}},
		{"a whole thread is not merged",
			[]map[byte]float64{A, A, A, B, B}, []int{0, 0, 1, 2, 2}, nil, []int{0, 0, 1, 2, 2}},
		{"the opening run moves and the ids are renumbered",
			[]map[byte]float64{B, A, A, B, B}, []int{0, 1, 1, 0, 1}, nil, []int{0, 1, 1, 0, 0}},
		{"moves are judged on the clustering as it stands: all four swap",
			[]map[byte]float64{B, A, A, B}, []int{0, 1, 0, 1}, nil, []int{0, 1, 0, 1}},
		{"one thread",
			[]map[byte]float64{A, B, A}, []int{0, 0, 0}, nil, []int{0, 0, 0}},
	}
	for _, c := range cases {
		vs := make([]vec, len(c.units))
		for i, u := range c.units {
			vs[i] = refitVec(u)
		}
		var marked []bool
		if c.marked != nil {
			marked = make([]bool, len(c.units))
			for _, k := range c.marked {
				marked[k] = true
			}
		}
		ids := slices.Clone(c.ids)
		var sum summer
		if got := refit(vs, ids, marked, &sum); !slices.Equal(got, c.want) {
			t.Errorf("%s: refit(%v) = %v, want %v", c.name, c.ids, got, c.want)
		}
		if !slices.Equal(ids, c.ids) {
			t.Errorf("%s: refit changed its input to %v", c.name, ids)
		}
	}
}
