package thread

import "testing"

// TestLabelGenericEvent checks, on invented items, that an event noun a
// headline would use ("deal", "plan", "cuts") can name a thread although
// it is too common a word to name one on its own merits, while other
// common words ("group", "market") still cannot.
func TestLabelGenericEvent(t *testing.T) {
	runRareLabelCases(t, []labelCase{
		{"deal", []string{
			"Wexcombe Games rose 12 per cent after signing a deal with a broadcaster in Leeds.",
		}, nil, "deal", "broadcaster"},
		{"plan", []string{
			"Kessock Water rose 2 per cent after it unveiled a plan to stop spills into rivers across Cumbria.",
		}, nil, "plan", "spills"},
		{"common word that names no event", []string{
			"Tamsin Estates said the group would keep its market stalls in Bristol.",
		}, nil, "stalls", "group"},
	})
}
