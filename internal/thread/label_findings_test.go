package thread

import "testing"

// TestLabelFindings checks, on invented items, that an explorer whose
// drilling turned up grades is labelled by its drilling results, one
// whose drilling found a named commodity by the commodity's find, and
// that drilling told with no verb of finding is left alone.
func TestLabelFindings(t *testing.T) {
	others := []string{
		"The FTSE 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"grades from drilling", []string{
			"Explorer Brackwater Gold rose 31 per cent to 4.2p after drilling at its project in Mali returned the best grades in its history.",
			"Brackwater Gold said one hole returned 12 metres at 8 grams a tonne.",
		}, others, "Brackwater Gold drilling results", ""},
		{"a named commodity found", []string{
			"Tollmere Resources jumped 40 per cent after drilling at its licence in Zambia hit a thick seam of high-grade copper.",
			"Tollmere Resources said the seam ran for 30 metres.",
		}, others, "Tollmere Resources copper find", ""},
		{"a commodity-bearing rock", []string{
			"Shares in Carrow Metals doubled after the explorer said drilling in Cornwall had found lithium-bearing rock of record richness.",
			"Carrow Metals said it would drill further holes.",
		}, others, "Carrow Metals lithium find", ""},
		{"the commodity the name holds is no find", []string{
			"Penhale Lithium doubled after drilling near Redruth found lithium-bearing brines of record richness.",
			"Penhale Lithium said it would drill further holes.",
		}, others, "Penhale Lithium drilling results", ""},
		{"results named after the commodity", []string{
			"Penwith Metals soared after drilling in Cornwall returned its best tin results yet.",
			"Penwith Metals said it would drill six more holes.",
		}, others, "Penwith Metals drilling results", ""},
		{"drilling with no finding", []string{
			"Harlow Basin Energy fell 6 per cent after drilling at its offshore well was halted by storms.",
			"Harlow Basin Energy said drilling would resume next week.",
		}, others, "drilling", "results"},
	})
}
