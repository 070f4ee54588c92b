package thread

import "testing"

// TestLabelDescriptor checks, on invented items, that a trade noun the
// thread only writes right before a firm's name ("Copper miner
// Quarnby Metals") is no topic word beside that name, while one the
// thread also uses on its own, a person's calling, and a trade noun in a
// thread that speaks of a person stay label words.
func TestLabelDescriptor(t *testing.T) {
	others := []string{
		"The FTSE 250 slipped 0.3 per cent to 19,204.1 by the close.",
		"Elsewhere, banks edged higher after a stronger dollar.",
	}
	runLabelCases(t, []labelCase{
		{"trade noun before the firm's name", []string{
			"Copper miner Quarnby Metals sank 22 per cent to 4.6p after flooding halted work at its deepest shaft for the rest of the quarter.",
			"Quarnby Metals said pumping would take six weeks and output would fall by a third.",
		}, others, "Quarnby Metals", "miner"},
		{"trade noun also used alone", []string{
			"Copper miner Quarnby Metals sank 22 per cent to 4.6p after flooding halted work at its deepest shaft.",
			"The miner said pumping would take six weeks, and the miner's output would fall by a third.",
		}, others, "Quarnby Metals", ""},
		{"a person's calling", []string{
			"Goalkeeper Danny Ostrow has signed a new two-year deal with Harrowgate Town.",
			"Ostrow said he was delighted to stay at the club.",
		}, nil, "Ostrow", ""},
	})
}
