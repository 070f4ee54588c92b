package thread

import "testing"

// TestLabelOwnOpener checks, on invented items, that a firm's name that
// opens its sentences keeps a first word that merely ends like a trade
// ("-er", "-or") when the rest of the name never stands alone, while a
// trade in front of a name the report then uses alone, or one the story
// writes in lower case, stays out.
func TestLabelOwnOpener(t *testing.T) {
	others := []string{
		"The FTSE 100 rose 0.4 per cent, or 31.2 points, to 7,512.6.",
		"Elsewhere, Tolworth Bakeries rose 2 per cent after a strong Christmas.",
	}
	runLabelCases(t, []labelCase{
		{"-er first word, generic tail", []string{
			"Fallowater Utilities was fined £4million for sewage spills into the river last summer.",
			"Fallowater Utilities said it would appeal against the fine.",
		}, others, "Fallowater Utilities", ""},
		{"-or first word, generic tail", []string{
			"Ketmoor Foods dropped 17 per cent to 44p after warning that profits would miss forecasts.",
		}, others, "Ketmoor Foods", ""},
		{"trade before a name used alone", []string{
			"Miner Dunvale Resources rose 12 per cent after drilling hit high grades of copper.",
			"Dunvale Resources said more drilling would follow in the spring.",
		}, others, "Dunvale Resources", "Miner"},
		{"trade written in lower case", []string{
			"Lender Parkholt Capital fell 6 per cent after bad debts doubled.",
			"The lender said arrears were rising among its oldest customers.",
		}, others, "", "Lender"},
	})
}
