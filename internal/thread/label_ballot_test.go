package thread

import (
	"slices"
	"testing"
)

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

// TestLeadStrikeVote checks, on invented leads, that a vote to strike is
// labelled by the voters' employer, the voters (their head alone past
// three words) and "strike vote", and that a vote on anything else is
// none.
func TestLeadStrikeVote(t *testing.T) {
	for _, c := range []struct {
		lead string
		want []string
	}{
		{"Signal workers on Tarnside Rail have voted to strike over new rosters.", []string{"Tarnside", "Rail", "workers", "strike", "vote"}},
		{"Bin workers in the borough have voted to strike in a row over pay.", []string{"bin", "workers", "strike", "vote"}},
		{"Drivers at Harland Buses have voted by a large majority for strike action over rest days.", []string{"Harland", "Buses", "drivers", "strike", "vote"}},
		{"Members have voted to move the club to a new ground next season.", nil},
	} {
		lead := tokenizeAll([]string{c.lead})[0]
		if got := leadStrikeVote(lead); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.lead, got, c.want)
		}
	}
}
