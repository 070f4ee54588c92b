package thread

import (
	"math"
	"slices"
	"testing"
)

// marketItems is an invented short market report: the market's day, a
// company item in two paragraphs, and a last one-paragraph item about a
// bakery chain that shares little but its figures with the rest.
var marketItems = []string{
	"London shares closed higher yesterday as miners rallied on fresh hopes of stronger demand for metals from China, and as traders bet that interest rates would stay on hold for the rest of the winter, after a week of gloom in the markets of Europe and Asia.",
	"The FTSE 100 rose 0.8 per cent to 6012, its best close for a month, while the pound slipped against the dollar and the euro.",
	"Copperfield Mining climbed 6.2 per cent, or 14p, to 241p after it raised its forecast for copper output.",
	"The miner said its new pit in Chile had produced more copper than expected.",
	"Bakery chain Crustworth slipped 2 per cent, or 3p, to 151p as bakers warned of dearer flour.",
}

// TestSingleRamp: in a story that sets out several matters, a paragraph
// that shares next to no word with a cluster gets only a little of the
// Single allowance towards it, and stays an item of its own.
func TestSingleRamp(t *testing.T) {
	tests := []struct {
		name string
		ramp float64
		want []int
	}{
		{"default", 0, []int{0, 0, 1, 1, 2}},
		{"off", -1, nil}, // the bakery joins the market's day
	}
	for _, tc := range tests {
		got := SegmentUnits(marketItems, Options{SingleRamp: tc.ramp})
		t.Logf("%s: %v", tc.name, got)
		if tc.want != nil && !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
		if tc.want == nil && slices.Index(got, got[4]) == 4 {
			t.Errorf("%s: got %v: the bakery stays apart without the rule; the test no longer tells the rule from its absence", tc.name, got)
		}
	}
}

// TestSingleScale: the share of the Single allowance grows with the
// cosine up to the ramp, and is whole without one.
func TestSingleScale(t *testing.T) {
	tests := []struct {
		sim, ramp, want float64
	}{
		{0, 0.08, 0},
		{0.04, 0.08, 0.5},
		{0.08, 0.08, 1},
		{0.3, 0.08, 1},
		{-0.01, 0.08, 0},
		{0, 0, 1}, // no ramp: the whole allowance
		{0.02, -1, 1},
	}
	for _, tc := range tests {
		if got := singleScale(tc.sim, tc.ramp); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("singleScale(%v, %v) = %v, want %v", tc.sim, tc.ramp, got, tc.want)
		}
	}
}
