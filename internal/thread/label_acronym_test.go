package thread

import "testing"

// TestLabelAcronym checks, on invented items, that a label names a body
// by the initials the thread gives it when its name would be a piece of
// the long name, or the long name is given its initials right after it;
// but not initials that stand for something else, nor a body whose long
// name the thread first uses elsewhere.
func TestLabelAcronym(t *testing.T) {
	others := []string{
		"The FTSE 100 rose 0.4 per cent, or 31.2 points, to 7,512.6.",
		"Elsewhere, a bakery in Tolworth won a prize for its sourdough.",
	}
	runLabelCases(t, []labelCase{
		{"initials in brackets", []string{
			"Figures from the Bureau for Coastal Surveys (BCS) show cliff falls doubled last winter.",
			"The BCS said the worst erosion was on the eastern shore.",
		}, others, "BCS", "Surveys"},
		{"clipped name, initials later", []string{
			"Upper Marsh Valley recorded no new flood alerts on Sunday, the first quiet day since March.",
			"UMV officials said rivers were falling but asked residents to stay alert.",
		}, others, "UMV", "Marsh Valley"},
		{"lower-case initial of a function word", []string{
			"Rail for Wessex has asked ministers for a £2billion bailout after fares collapsed.",
			"RfW said it had spent its reserves in a matter of weeks.",
		}, others, "RfW", ""},
		{"whole name, initials elsewhere", []string{
			"Drug developer Corrow Therapeutics rose 9 per cent after a trial of its liver drug met its goal.",
			"Corrow Therapeutics said patients had a CT scan every month of the trial.",
		}, others, "Corrow Therapeutics", "CT"},
		{"initials of another body", []string{
			"The College of Marling is to cut 200 jobs to close a funding gap.",
			"The College and Tutors Union (CTU) said it would ballot its members.",
		}, others, "", "CTU"},
	})
}
