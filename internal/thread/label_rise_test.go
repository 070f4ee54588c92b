package thread

import "testing"

// TestLabelShift checks, on invented items, that a lead reporting that a
// measure went up or down labels the measure and "rise" or "fall", and
// that a firm's share price, a movement after "after" and an idiom of
// the verbs ("fell ill") do not.
func TestLabelShift(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"measure will rise", []string{
			"Bin collection charges in Marlow Vale will rise by 12 per cent from April, the council has confirmed.",
			"Residents said the charges were already too high.",
		}, others, "charges rise", ""},
		{"measure fell for months", []string{
			"Hospital admissions fell for the third month running, new figures show.",
			"Crews said the winter would test the service again.",
		}, others, "admissions fall", ""},
		{"preposition phrase after the subject", []string{
			"Bus fares across the county are set to rise by 20p a journey in January.",
			"Passenger groups said the rise would hit pensioners hardest.",
		}, others, "bus fares rise", ""},
		{"a firm's shares", []string{
			"Dunnock Tools rose 6 per cent to 48p after winning a contract to supply the navy.",
			"Dunnock Tools said the contract would run for five years.",
		}, others, "Dunnock", "rise"},
		{"after another event", []string{
			"Pelham Brewing cut its dividend after profits fell by a third in the summer.",
			"Pelham Brewing blamed the wet weather.",
		}, others, "Pelham", "fall"},
		{"fell ill", []string{
			"The hearing of the Kestrel Yard trial was put off after a key witness fell ill.",
			"The judge set a new date in March for the Kestrel Yard trial.",
		}, others, "trial", "fall"},
		{"up after be", []string{
			"Hotel bookings in Carrow Bay were up 12 per cent this summer, the tourist board said.",
			"The board said the new ferry had helped.",
		}, others, "bookings rise", ""},
		{"up for sale", []string{
			"The Carrow Bay lighthouse is up for sale for the first time in a century.",
			"The agents expect interest from hotel groups.",
		}, others, "sale", "rise"},
		{"source of the figures", []string{
			"Analysts Tolland Metrics showed footfall on shopping streets fell by 4 per cent last month.",
			"Tolland Metrics blamed the rain.",
		}, others, "footfall fall", "Tolland"},
	})
}
