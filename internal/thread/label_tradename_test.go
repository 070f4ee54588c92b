package thread

import "testing"

// TestLabelTradeNamed checks, on invented items, that a firm named by a
// word of its own and a trade word keeps its first word when the name
// opens the lead's sentence, even when that word ends like a trade
// ("-er") or the trade word also stands in lower case, and that the name
// takes the subject's place against a place named later in the lead;
// while a common word the story writes in lower case stays out.
func TestLabelTradeNamed(t *testing.T) {
	others := []string{
		"The FTSE 100 rose 0.4 per cent, or 31.2 points, to 7,512.6.",
		"Elsewhere, housebuilders gained ground after mortgage approvals rose.",
	}
	runLabelCases(t, []labelCase{
		{"-er first word before Minerals", []string{
			"Pellicker Minerals jumped 27 per cent to 9.1p after drilling at its licence in western Tanzania struck a wide band of nickel, the best Tanzania find this year.",
			"Managing director Ruth Ambrose said the grades were the best the company had found.",
		}, others, "Pellicker Minerals", ""},
		{"subject against a later place", []string{
			"Hollimer Energy climbed 11 per cent after it won a grid connection for its planned wind farm off Caithness, which Caithness councillors backed.",
			"Chairman Idris Vowles said building would start within two years.",
		}, others, "Hollimer Energy", "Caithness"},
		{"trade word also in lower case", []string{
			"Dellinger Games fell 18 per cent after delaying the launch of its next title to the autumn.",
			"The studio said the games it had in development would all ship next year.",
		}, others, "Dellinger Games", ""},
		{"common word written in lower case", []string{
			"Rival Bank customers queued outside branches after the app failed for a second day.",
			"A rival lender said it had seen a surge in new accounts.",
		}, others, "", "Rival Bank"},
	})
}
