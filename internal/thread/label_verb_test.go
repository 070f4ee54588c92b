package thread

import "testing"

// TestLabelNewsVerb checks, on invented items, that a lead in which the
// named subject does something with a news verb to the label's topic is
// labelled subject, verb and object, and that a passive, an adjective
// ("close to") or a verb whose object is not the topic adds no verb.
func TestLabelNewsVerb(t *testing.T) {
	others := []string{
		"The FTSE 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Tallis Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"past form", []string{
			"Westcombe Rovers have sold the naming rights to their stadium to a double-glazing firm.",
			"Westcombe Rovers said the naming rights deal would fund a new stand.",
		}, others, "Westcombe Rovers sells naming rights", ""},
		{"-s form", []string{
			"Pellworth Securities bans dogs from its offices after a spaniel chewed through a trading cable.",
			"Pellworth Securities said dogs had been welcome for a decade.",
		}, others, "Pellworth Securities bans dogs", ""},
		{"added verb", []string{
			"Harlow Kettleworth has raised its dividend by a fifth after a record year for its kettles.",
			"Harlow Kettleworth said the dividend would be paid in May.",
		}, others, "Harlow Kettleworth raises dividend", ""},
		{"a suspension", []string{
			"Meanwhile, the Harbour Party has suspended a councillor for comments he made about refugees on a podcast.",
			"The Harbour Party said the councillor would face a hearing next month.",
		}, others, "Harbour Party suspends councillor", ""},
		{"adjective after be", []string{
			"Ashcombe Rovers are close to selling the naming rights to their new stadium to a pet-food firm.",
			"Ashcombe Rovers hope the naming rights deal will be signed by March.",
		}, others, "Ashcombe Rovers", "closes"},
		{"passive", []string{
			"Dunmere Motors was backed by its lenders yesterday as the carmaker agreed a new loan.",
			"Dunmere Motors said the lenders had waived a covenant.",
		}, others, "Dunmere Motors", "backs"},
	})
}
