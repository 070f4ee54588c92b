package thread

import "testing"

// asxDay is an invented Australian market report: the market's day, two
// company items (Wombat Metals, told in two paragraphs, and Harbour
// Bank), and the dollar.
var asxDay = []string{
	"Australian shares closed higher on Wednesday as investors cheered stronger metal prices.",
	"The benchmark index rose 0.9 per cent to 7420.5 points, its third gain in a row.",
	"Wombat Metals gained 7.2 per cent to $3.40 as investors cheered stronger metal prices and a richer ore grade at its Pilbara mine.",
	"The miner told investors the richer ore would lift output by a fifth next year.",
	"Banks were firmer too, with Harbour Bank adding 1.1 per cent to $24.60 as investors bet on higher rates.",
	"The Australian dollar was buying 67.10 US cents, up from 66.80 on Tuesday.",
}

// TestItemApartAfterMerge: a cluster that has taken in one company's
// item keeps apart from another company's item, as the two items would
// keep apart by themselves (Options.ItemApart).
func TestItemApartAfterMerge(t *testing.T) {
	got := SegmentUnits(asxDay, Options{})
	if got[2] == got[4] {
		t.Errorf("got %v: Wombat Metals and Harbour Bank in one thread", got)
	}
	off := SegmentUnits(asxDay, Options{ItemApart: -1})
	if off[2] != off[4] {
		t.Errorf("without ItemApart got %v: the test no longer tells the rule from its absence", off)
	}
}
