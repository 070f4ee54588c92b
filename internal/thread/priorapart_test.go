package thread

import (
	"slices"
	"testing"
)

// briefItems is an invented news-in-brief column: two items of three
// paragraphs each that share no content word. The second item opens
// with "The", so the gap model reads its first paragraph as carrying on
// and the Disjoint rule spares the junction; only the story prior could
// fuse the two items there.
var briefItems = []string{
	"Volunteers at the Ostlecombe canal trust have cleared forty tonnes of silt from the old lock basin after a summer of low water left narrowboats stranded near the aqueduct.",
	"The trust hopes to reopen the basin to holiday boats before the autumn half-term, when the lock gates will be repainted and the towpath resurfaced for walkers and cyclists.",
	"Its chairman, a retired lock keeper, said the silt would be spread on farmland beside the canal rather than taken away by lorry.",
	"The primary school choir of Brindlewick will sing at the national festival of youth music in the capital next month after winning the regional heat with a medley of sea shanties.",
	"Pupils aged seven to eleven rehearse twice a week after lessons, and their parents have raised money for new uniforms and a coach to take everyone there and back.",
	"Their conductor, a former opera singer, believes it is the first time a village school has reached the final round of the contest.",
}

// TestPriorApart: the story prior keeps the fragments of a short article
// together, but must not fuse two stretches of 30 words or more that
// share no word.
func TestPriorApart(t *testing.T) {
	want := []int{0, 0, 0, 1, 1, 1}
	if got := SegmentUnits(briefItems, Options{}); !slices.Equal(got, want) {
		t.Errorf("default: got %v, want %v", got, want)
	}
	if got := SegmentUnits(briefItems, Options{PriorApartOff: true}); slices.Equal(got, want) {
		t.Errorf("PriorApartOff: got the two items %v; the test no longer tells the rule from its absence", got)
	}
}

func TestPriorApartThresholds(t *testing.T) {
	o := Options{}.withDefaults()
	tests := []struct {
		a, b, sim, total float64
		want             bool
	}{
		{40, 35, 0, 200, true},
		{40, 35, 0.019, 200, true},
		{40, 35, 0.02, 200, false},  // they share something
		{40, 29, 0, 200, false},     // a fragment: left to the priors
		{40, 35, 0, 149, false},     // a story too short to tell
		{120, 30, 0.001, 900, true}, // the prior is off there anyway
	}
	for _, tc := range tests {
		if got := priorApart(tc.a, tc.b, tc.sim, tc.total, o); got != tc.want {
			t.Errorf("priorApart(%v, %v, %v, %v) = %v, want %v", tc.a, tc.b, tc.sim, tc.total, got, tc.want)
		}
	}
	o.PriorApartOff = true
	if priorApart(40, 35, 0, 200, o) {
		t.Error("PriorApartOff: the prior is still withheld")
	}
}
