package thread

import "testing"

// TestLabelMissing checks, on invented items, that a lead telling that a
// missing person was found labels "missing", the subject and "found",
// whether "missing" follows the subject or sits in a relative clause
// about it, and that "found" without "missing" ("found guilty") and a
// search still going on do not.
func TestLabelMissing(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"missing after the subject", []string{
			"A climber missing overnight on Skell Pike was found safe by mountain rescuers at 7am today.",
			"His family thanked the rescuers.",
		}, others, "missing climber found", ""},
		{"missing for days", []string{
			"A 58-year-old angler missing for two days on the Pell Hills has been found alive and well.",
			"He had sheltered in a barn.",
		}, others, "missing angler found", ""},
		{"missing in a relative clause", []string{
			"Meanwhile, a 15-year-old boy who had been missing from his home in Ashby since Monday has been found safe and well in Leeds.",
			"Police thanked the public for their help.",
		}, others, "missing boy found", ""},
		{"found guilty", []string{
			"A roofer who took £8,000 from a widow was found guilty of fraud at Tarrow Crown Court.",
			"He will be sentenced next month.",
		}, others, "", "missing"},
		{"search goes on", []string{
			"Police are searching for a climber who went missing on Skell Pike yesterday afternoon.",
			"His family say he is experienced.",
		}, others, "", "found"},
	})
}
