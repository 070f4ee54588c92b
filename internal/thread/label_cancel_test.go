package thread

import "testing"

// TestLabelCancel checks, on invented items, that a lead telling that a
// thing was cancelled, postponed or called off labels the thing and the
// verb, past a placing phrase, an opening participle and a quantity
// ("hundreds of"), and that an active verb, a possible cancellation and
// one in a relative clause do not.
func TestLabelCancel(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"placing phrase", []string{
			"Elsewhere, ferry sailings to the outer isles were cancelled for a second day as gales battered the coast.",
			"Islanders said shops were running short of bread.",
		}, others, "ferry sailings cancelled", ""},
		{"called off after a participle", []string{
			"A planned walkout by porters at Denholm hospital has been called off after a late pay offer.",
			"The union said members would vote on the offer next week.",
		}, others, "walkout called off", ""},
		{"postponed", []string{
			"Saturday's derby between Holt Town and Marsh United has been postponed after the pitch froze.",
			"A new date will be set next week.",
		}, others, "derby postponed", ""},
		{"quantity of the thing", []string{
			"Hundreds of flights were cancelled at Kelby airport after a fault in the radar system.",
			"Passengers slept on the terminal floor.",
		}, others, "flights cancelled", "hundreds"},
		{"could be cancelled", []string{
			"The Denholm summer fair could be cancelled if the field stays flooded, organisers warned.",
			"The fair has run for sixty years.",
		}, others, "", "cancelled"},
		{"relative clause", []string{
			"The Denholm summer fair, which was cancelled last year because of floods, returns on Saturday with a dog show.",
			"The fair has run for sixty years.",
		}, others, "", "cancelled"},
	})
}
