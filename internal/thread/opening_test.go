package thread

import "testing"

// marketOpening is an invented market report: a one-sentence opening on
// the day's mood, the index figures, then company items, the last of
// which shares a few of the opening's words (the mood, lifted).
var marketOpening = []string{
	"Shares rallied as hopes of cheaper borrowing lifted the mood in the City.",
	"The FTSE 100 rose 64.3 points, or 0.9 per cent, to 7,412.8, and the FTSE 250 gained 1.1 per cent to 19,655.2.",
	"Corbridge Pumps jumped 9.4 per cent, or 21p, to 244.5p after winning a contract to supply water companies in the north.",
	"The engineer said the five-year deal was worth about £80million and would keep its Tyneside plant busy.",
	"Chief executive Lorna Pike said: 'This is the biggest order we have taken since the factory opened.'",
	"Halwick Foods slid 4.2 per cent, or 7p, to 159.7p after warning that the cost of cocoa had eaten into its margins.",
	"The biscuit maker said it would raise prices in the spring and close a packing line in Leicester.",
	"Finance director Omar Bates said the group had no plans to cut jobs at its other sites.",
	"Tenterden Homes climbed 5.1 per cent, or 12p, to 247p after saying the mood among buyers had lifted.",
	"The builder said reservations had picked up in the autumn as mortgage rates eased.",
}

// TestMarketOpening: a market report's opening paragraph, cut from the
// index figures after it, stays with them rather than being pulled to a
// company item further on that happens to share its market words.
func TestMarketOpening(t *testing.T) {
	tests := []struct {
		name string
		off  bool
		same bool // the opening shares a thread with the index paragraph
	}{
		{"default", false, true},
		{"off", true, false},
	}
	for _, tc := range tests {
		got := SegmentUnits(marketOpening, Options{MarketOpeningOff: tc.off})
		t.Logf("%s: %v", tc.name, got)
		if (got[0] == got[1]) != tc.same {
			t.Errorf("%s: opening with the index paragraph = %v, want %v (%v)", tc.name, got[0] == got[1], tc.same, got)
		}
	}
}
