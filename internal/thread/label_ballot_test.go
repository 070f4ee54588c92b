package thread

import "testing"

// TestLabelBallot checks, on invented items, that a strike ballot is
// labelled by who votes and "strike ballot": the subject of the verb,
// the workers whose union a pronoun stands for, or the employer of
// workers named only as such; and that a ballot with no strike, or the
// noun of an election, leaves the label alone.
func TestLabelBallot(t *testing.T) {
	others := []string{
		"The FTSE 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"the subject is balloted", []string{
			"Hospital porters are to be balloted on strikes in the spring after talks over pay broke down.",
			"The union said porters had waited two years for a rise.",
		}, others, "hospital porters strike ballot", ""},
		{"a pronoun for the union", []string{
			"The largest midwives' union announced it will ballot its members on strike action over staffing.",
			"The union said the wards were dangerously short.",
		}, others, "midwives strike ballot", ""},
		{"workers at an employer", []string{
			"Workers at Harland Buses are to be balloted for strike action in a row over rest days.",
			"Harland Buses said it had made a fair offer.",
		}, others, "Harland Buses strike ballot", ""},
		{"no strike", []string{
			"Members are to be balloted on whether the club should move to a new ground in the spring.",
			"The club said the old ground was too small.",
		}, others, "", "strike ballot"},
	})
}
