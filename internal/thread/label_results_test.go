package thread

import "testing"

// TestLabelResults checks, on invented items, that a lead giving a
// company's half-year figures labels its half-year results (or its
// loss), and that a full year's figures in a warning do not.
func TestLabelResults(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"first-half profits", []string{
			"Crantock Kitchens rose 4 per cent after first-half profits beat forecasts, helped by a busy spring.",
			"Crantock Kitchens said orders for fitted kitchens were up by a fifth.",
		}, others, "Crantock Kitchens half-year results", ""},
		{"interim loss", []string{
			"Marnock Media fell 9 per cent after its interim loss widened to £3million.",
			"Marnock Media blamed a fall in advertising.",
		}, others, "Marnock Media interim loss", ""},
		{"annual profits in a warning", []string{
			"Orlemere Foods slumped after warning that annual profits would miss forecasts.",
			"Orlemere Foods blamed the price of grain.",
		}, others, "Orlemere Foods", "results"},
	})
}
