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
