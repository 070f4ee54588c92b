package thread

import "testing"

// TestLabelTrade checks, on invented items, that a diary item on a
// purchase or a sale labels the name, "buys" and the thing bought, or
// the name, the thing sold and "sale", also when the lead is a tease and
// the next paragraph tells the news, and that a relative clause's
// purchase, a named object and a past purchase add nothing.
func TestLabelTrade(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"bought, after an apposition", []string{
			"Television chef Esmond Ilsington, known to viewers as the Pastry Man, has bought a £2.1million farmhouse in Devon.",
			"Esmond Ilsington plans to keep bees at the farmhouse.",
		}, others, "Esmond Ilsington buys farmhouse", ""},
		{"splashed out, after a tease", []string{
			"She may have lost a million listeners, but Ottilda Crantock is still going up in the world.",
			"I can reveal that she has splashed out £1.5 million on a country mansion built in the 1820s.",
			"Ottilda Crantock is said to love the mansion's walled garden.",
		}, others, "Ottilda Crantock buys mansion", ""},
		{"is selling", []string{
			"Lady Hollowby is selling her diamond tiara to pay for a new roof at Aldmere Hall.",
			"Lady Hollowby wore the tiara at her wedding.",
		}, others, "Lady Hollowby diamond tiara sale", ""},
		{"five words at most", []string{
			"To pay for a new roof at Aldmere Hall, Lady Ysolde Hollowby is selling her diamond tiara.",
			"As a bride, Lady Ysolde Hollowby wore the tiara at her wedding.",
		}, others, "Lady Ysolde Hollowby tiara sale", "diamond"},
		{"a relative clause", []string{
			"Skelwith Oil will take to court the little-known firm which has bought its main refinery.",
			"Skelwith Oil says the refinery was sold too cheaply.",
		}, others, "Skelwith Oil", "buys"},
		{"a named object", []string{
			"Rugby captain Esmond Ilsington has bought the Tumbling Otter in his home village.",
			"Esmond Ilsington said the pub would stay open.",
		}, others, "Ilsington", "buys"},
		{"a past purchase", []string{
			"Esmond Ilsington, who bought the farmhouse in 2009, has planted an orchard of rare apples.",
			"Esmond Ilsington says the orchard will fruit next year.",
		}, others, "Ilsington", "buys"},
	})
}
