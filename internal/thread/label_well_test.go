package thread

import "testing"

// TestLabelDryWell checks, on invented items, that an explorer's well
// that came up dry is labelled by the firm and "dry well", after a colon
// too, and that "well" the adverb and a dry spell make none.
func TestLabelDryWell(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"a well came up dry", []string{
			"Oil explorer Pennard Energy plunged 38 per cent to 2.1p after its exploration well off the Dorset coast came up dry.",
			"Pennard Energy said it would plug the well and study the data.",
		}, others, "Pennard Energy dry well", ""},
		{"after a colon", []string{
			"Carrick Petroleum -24 per cent, 4.1p: Its well in the Weald came up dry.",
			"Carrick Petroleum has two more wells planned next year.",
		}, others, "Carrick Petroleum dry well", ""},
		{"well the adverb", []string{
			"Harwood Foods traded well over the summer and the shares rose 4 per cent, with the dry weather lifting ice cream sales.",
			"Harwood Foods said stores in the south did best.",
		}, others, "", "dry well"},
	})
}
