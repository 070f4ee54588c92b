package thread

import "testing"

// TestLabelDateline checks, on invented items, that a dateline in
// capitals opening a paragraph ("VALDORIA CITY – …") does not become the
// label's name, while a name in capitals that the story writes so
// elsewhere, a short acronym, and an obituary's name in capitals before
// "who has died" still can.
func TestLabelDateline(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"two-word dateline", []string{
			"PORT MERRIVAN – Valdoria will raise copper output by a fifth from March after a new mine in the south opened, the mines minister, Tobias Quellhorn, said.",
			"Mr Quellhorn said the extra copper would go to smelters abroad. Copper prices fell on the news.",
		}, []string{"Farmers in the north blocked roads for a second day."}, "copper", "MERRIVAN"}, // the minister gives way to the matter (label_minister.go)
		{"one-word dateline", []string{
			"BRESKOVA – Households across Ostmark face water cuts from next month after the driest autumn on record, the regional government said.",
			"Ostmark reservoirs were at a fifth of their capacity. Water cuts will last until spring.",
		}, []string{"Talks to form a government collapsed last night."}, "Ostmark", "BRESKOVA"},
	})
}

// TestLabelDatelineGuards checks that the dateline rule leaves alone
// the capitalised names it should not take for datelines.
func TestLabelDatelineGuards(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"acronym written in capitals throughout", []string{
			"QORVEL, Bressin's chip designer, rose 9 per cent after it raised its profit forecast for the year.",
			"QORVEL said orders from carmakers had doubled. Analysts raised their targets for QORVEL.",
		}, []string{"The index closed lower as miners fell."}, "QORVEL", ""},
		{"short acronym", []string{
			"TVRK, Bressin's rail operator, cut fares on its night trains after passenger numbers fell for a second year.",
			"The operator said the cheaper fares would run until June.",
		}, []string{"The index closed lower as miners fell."}, "TVRK", ""},
		{"obituary name before who", []string{
			"HALDANE PURVIS, who has died aged 88, was the potter whose speckled jugs stood on dressers across the county.",
			"Purvis fired his kiln with driftwood. His jugs now sell at auction.",
		}, []string{"The council approved a new car park."}, "PURVIS", ""},
	})
}
