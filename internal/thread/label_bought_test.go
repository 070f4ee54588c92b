package thread

import "testing"

// TestLabelBought checks, on invented items, that a firm that agreed to
// be bought is labelled by its name, "takeover" and "agreed", and that
// an agreement to be something else makes none.
func TestLabelBought(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"agreed to be bought", []string{
			"Software firm Tenby Analytics jumped 24 per cent to 188p after it agreed to be bought by an American rival for £90million in cash.",
			"Tenby Analytics said its board would back the offer.",
		}, others, "Tenby Analytics takeover agreed", ""},
		{"agreed to be something else", []string{
			"Harwick Aero rose 3 per cent after it agreed to be the sole supplier of wing parts to a European planemaker.",
			"Harwick Aero said the contract would run for ten years.",
		}, others, "Harwick Aero", "takeover"},
	})
}
