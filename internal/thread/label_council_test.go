package thread

import "testing"

// TestLabelCouncil checks, on invented items, that a local authority's
// full name in a label is cut to its place ("Pollard", not "Pollard
// District Council"), and that a council named by a common word keeps
// its name.
func TestLabelCouncil(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"a place's council", []string{
			"Drivers whose cars were damaged by potholes have been paid £40,000 in compensation by Pollard District Council.",
			"A spokesman for Pollard District Council said 3,000 potholes had been repaired this year.",
		}, others, "Pollard", "District"},
		{"a county council", []string{
			"Four libraries are to close to save £2million after a vote by Hexley County Council.",
			"A spokesman for Hexley County Council said mobile libraries would serve the villages.",
		}, others, "Hexley", "County"},
		{"a trade's council", []string{
			"The Insurance Council has declared a catastrophe after hailstorms damaged thousands of homes.",
			"The Insurance Council said claims would be fast-tracked.",
		}, others, "Insurance Council", ""},
	})
}

// TestLabelCouncilOpener checks, on invented items, that a council named
// in full at the start of a sentence keeps its place, which the name
// builder leaves out as a sentence opener ("Pollard", not "County
// Council"), and that a common word before the council is no place.
func TestLabelCouncilOpener(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"a place opening the sentence", []string{
			"Wexcombe County Council has approved plans for a 20-mile cycle path along a disused railway line.",
			"Work on the cycle path will begin in the spring.",
		}, others, "Wexcombe", "County Council"},
		{"a determiner before the council", []string{
			"The County Council has approved plans for a 20-mile cycle path along a disused railway line.",
			"Work on the cycle path will begin in the spring.",
		}, others, "", "The"},
	})
}
