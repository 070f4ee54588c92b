package thread

import "testing"

// TestLabelDeparturePost checks, on invented items, the departures that
// need their post beside them: a chief who walks out, a firm that loses
// its chief, a sudden departure; and that a walk-out with no post, a
// firm that lost money and a place left make none.
func TestLabelDeparturePost(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"a chief walks out", []string{
			"Shares in Greyholt Dairies soured after the cheese maker said its chief executive was walking out with immediate effect.",
			"Greyholt Dairies said the finance chief would stand in for now.",
		}, others, "Greyholt Dairies chief quits", ""},
		{"a firm loses its chief", []string{
			"Fashion chain Tamsworth lost its chief executive for the second time in two years as it warned on sales.",
			"Tamsworth said a search for a successor had begun.",
		}, others, "Tamsworth chief quits", ""},
		{"a sudden departure", []string{
			"Penhallow Insurance slipped 3 per cent after announcing the sudden departure of its chief executive, Alun Brierley.",
			"Penhallow Insurance gave no reason for the move.",
		}, others, "Penhallow Insurance chief departs", ""},
		{"a walk-out with no post", []string{
			"Nurses at Kelby General walked out for 24 hours yesterday in a row over pay.",
			"Kelby General said planned operations had been put back.",
		}, others, "", "quits"},
		{"a firm loses money", []string{
			"Rowanby Freight lost £4million in the half-year as fuel costs climbed.",
			"Rowanby Freight said it would raise prices in the spring.",
		}, others, "Rowanby Freight", "quits"},
	})
}
