package thread

import (
	"slices"
	"testing"
)

// TestFragmentAllowance: a one-unit fragment of 40 words next to another
// matter is owed the single-unit allowance and the small-fragment pull,
// which both make room for a cluster too small to compare well; only the
// larger of them counts. Summed, they fold an unrelated item into its
// neighbour; a fragment that shares words with the neighbour still joins
// it.
func TestFragmentAllowance(t *testing.T) {
	// dimension 0: the fragment's own words, 1: the neighbour's, 2: words
	// both use
	tests := []struct {
		name     string
		fragment vec
		want     []int
	}{
		{"unrelated item stays apart", unitVec(1, 0, 0.06), []int{0, 1, 1}},
		{"related fragment joins", unitVec(1, 0, 0.35), []int{0, 0, 0}},
	}
	for _, tc := range tests {
		vs := []vec{tc.fragment, unitVec(0, 1, 0.1), unitVec(0.1, 1, 0.2)}
		link := []float64{0, 0.05, 0.05}
		sz := sizing{words: []float64{40, 40, 40}, total: 120, marked: make([]bool, 3), returns: make([]bool, 3)}
		o := Options{StoryPrior: -1}.withDefaults()
		got := reattach(vs, []int{0, 1, 2}, link, nil, nil, sz, o, new(summer))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
