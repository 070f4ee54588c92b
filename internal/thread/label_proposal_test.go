package thread

import "testing"

// TestLabelProposalObject checks, on invented items, that an approval of
// "plans for" something is labelled by what the plans are for ("homes
// approval"), not by the plans.
func TestLabelProposalObject(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"plans for homes", []string{
			"Ravelstone District Council has approved plans for 800 homes on farmland west of Ketterby, despite 2,000 objections.",
			"Objectors said the homes would swamp the village school.",
		}, others, "homes approval", "plans"},
		{"an application for a reservoir", []string{
			"The Government has approved an application for the first new reservoir in the Tarn Valley for forty years.",
			"Engineers said the reservoir would hold enough water for a million people.",
		}, others, "reservoir approval", "application"},
	})
}
