package thread

import (
	"slices"
	"testing"
)

// gossipItems is an invented diary column: four items of two paragraphs
// each, about four unrelated people, that share hardly a word.
var gossipItems = []string{
	"Novelist Perdita Lennox has bought a lighthouse on the Cornish coast, complete with its original brass lamp and a spiral staircase of 112 steps.",
	"The author of the bestselling Marsh trilogy plans to write her next book in the lantern room. 'No wifi, no visitors,' she tells me.",
	"Which cabinet minister was spotted leaving a Westminster karaoke bar at three in the morning after a rendition of a Eurovision ballad?",
	"I am told the performance drew a standing ovation from a table of junior civil servants, who had no idea who the singer was.",
	"Racing driver Tobias Quill has traded his supercar for an electric bicycle after collecting nine penalty points in a single summer.",
	"Quill, 31, insists the change is about fitness. Friends say the magistrates gave him little choice.",
	"Baroness Edwina Stroud, 88, has taken up the cello. Her teacher, a former orchestra principal, calls her the most stubborn pupil he has met.",
	"Lady Stroud practises for two hours a day in the conservatory of her Wiltshire manor, to the dismay of the resident peacocks.",
}

// TestDisjointStretches: in a short column whose items are each told in
// more than one paragraph, the story prior and the sequential bonus must
// not fuse two items that share no words across a gap that may well be a
// boundary.
func TestDisjointStretches(t *testing.T) {
	tests := []struct {
		name     string
		disjoint float64
		want     []int
	}{
		{"default", 0, []int{0, 0, 1, 1, 2, 2, 3, 3}},
		{"off", -1, nil}, // any grouping but four items
	}
	for _, tc := range tests {
		got := SegmentUnits(gossipItems, Options{Disjoint: tc.disjoint})
		if tc.want != nil && !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
		if tc.want == nil && slices.Equal(got, []int{0, 0, 1, 1, 2, 2, 3, 3}) {
			t.Errorf("%s: got the four items; the test no longer tells the rule from its absence", tc.name)
		}
		t.Logf("%s: %v", tc.name, got)
	}
}
