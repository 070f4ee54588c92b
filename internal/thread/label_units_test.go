package thread

import "testing"

// TestLabelUnits checks, on invented items, that a unit of time or length
// ("minutes", "hours", "season", "metres") is no label word: it measures
// the news rather than naming it.
func TestLabelUnits(t *testing.T) {
	others := []string{
		"The council also approved a new cycle lane along the seafront.",
		"A charity shop on the high street is to close after 30 years.",
	}
	runLabelCases(t, []labelCase{
		{"minutes of a match", []string{
			"Harbury Athletic came from two goals down to beat Colmore Town 3-2, with both late goals coming in the final five minutes.",
			"Manager Ade Fenn said the minutes after the second goal were the best his side had played.",
		}, others, "", "minutes"},
		{"metres of a river", []string{
			"The river at Pellow Bridge rose above four metres overnight, flooding the riverside car park and the ground floor of the library.",
			"Residents said the water was still two metres below the record set in 2007.",
		}, others, "", "metres"},
		{"a season of a club", []string{
			"Wexham Rovers have sacked their manager after a run of nine defeats that leaves them bottom of the table this season.",
			"The club said the season could still be saved.",
		}, others, "", "season"},
	})
}
