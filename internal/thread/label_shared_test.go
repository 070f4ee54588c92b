package thread

import (
	"strings"
	"testing"
)

// TestLabelSharedEvent checks, on invented round-ups, that the word
// naming what happened in a thread keeps the label when another item of
// the same story uses it too (round-ups repeat "warning", "results",
// "sale" from item to item), rather than giving way to a detail only this
// item mentions.
func TestLabelSharedEvent(t *testing.T) {
	runRareLabelCases(t, []labelCase{
		{"profit warning shared with another item", []string{
			"Corbel Foods fell 8 per cent after a warning from the biscuit maker that wheat prices had soared.",
		}, []string{
			"Dunmore Retail also fell after a warning on sales.",
		}, "warning", "wheat"},
		{"sale shared with another item", []string{
			"Tarrant Homes slipped after the sale of a plot for less than its book value.",
		}, []string{
			"Greyfield Brewing rose after the sale of two pubs.",
		}, "sale", "plot"},
	})
}

// runRareLabelCases is runLabelCases under archive statistics in which
// every word of the cases is as rare as any other, so that only what a
// rule looks at tells the words apart; each case's notWant must be set.
func runRareLabelCases(t *testing.T, cases []labelCase) {
	t.Helper()
	bg := NewDocFreq()
	for _, c := range cases {
		for _, p := range append(c.paras, c.others...) {
			for _, w := range strings.Fields(p) {
				bg.Add(w)
			}
		}
	}
	for range 8 {
		bg.Add("unrelated filler")
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Label(c.paras, c.others, bg)
			if !strings.Contains(got, c.want) || strings.Contains(got, c.notWant) {
				t.Errorf("label %q: want %q in it and not %q", got, c.want, c.notWant)
			}
		})
	}
}
