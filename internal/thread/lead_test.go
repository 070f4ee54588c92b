package thread

import (
	"math"
	"slices"
	"testing"
)

// unitVec returns the unit vector with the given weights in dimensions
// 0, 1, 2…
func unitVec(ws ...float64) vec {
	n := 0.0
	for _, w := range ws {
		n += w * w
	}
	var v vec
	for d, w := range ws {
		if w > 0 {
			v = append(v, entry{int32(d), w / math.Sqrt(n)})
		}
	}
	return v
}

// TestLeadJoinsItsMatter: a short lead, then another matter that the gap
// model takes for a continuation of it, then the rest of the lead's
// matter. The small-fragment pull must not carry the lead into its
// neighbour when its words are closer to the matter told later.
func TestLeadJoinsItsMatter(t *testing.T) {
	// dimension 0: the lead's matter, 1: the other matter, 2: other words
	unit := unitVec
	vs := []vec{
		unit(0.15, 0.05, 0.98), // the lead: few words, most of them its own
		unit(0, 1, 0),
		unit(0, 1, 0.1),
		unit(1, 0, 0.1),
		unit(1, 0, 0),
	}
	link := []float64{0, 0.2, 0.02, 0.02, 0.02}
	sz := sizing{words: []float64{20, 80, 80, 80, 80}, total: 340, marked: make([]bool, 5), returns: make([]bool, 5)}
	tests := []struct {
		name     string
		pullBest float64
		want     []int
	}{
		{"default", 0, []int{0, 1, 1, 0, 0}},
		{"pull towards any cluster", -1, []int{0, 0, 0, 1, 1}},
	}
	for _, tc := range tests {
		o := Options{StoryPrior: -1, PullBest: tc.pullBest}.withDefaults()
		got := reattach(vs, []int{0, 1, 3}, link, nil, nil, sz, o, new(summer))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
