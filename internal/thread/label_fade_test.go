package thread

import "testing"

// TestLabelLeadFade checks, on invented items, that a topic word early in
// a long lead paragraph names the thread rather than a detail at its
// end, when neither is rarer than the other.
func TestLabelLeadFade(t *testing.T) {
	runRareLabelCases(t, []labelCase{
		{"taproom closing, then detail", []string{
			"Greyfield Brewing slipped after it said its taproom in the old mill would close at the end of the month, with the staff moving to its bottling site on the edge of town beside the canal towpath.",
		}, nil, "taproom", "towpath"},
		{"swan rescued, then detail", []string{
			"A swan that wandered onto the carriageway was rescued by traffic officers on Friday and released later that afternoon on a quiet stretch of the river near the old stone footbridge by the allotments.",
		}, nil, "swan", "allotments"},
	})
}
