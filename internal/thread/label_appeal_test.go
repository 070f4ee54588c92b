package thread

import "testing"

// TestLabelAppeal checks, on invented items, that an appeal for
// witnesses after someone was hurt in an incident labels the place the
// police are in (or the one hurt), the incident and "appeal"; and that
// the rule keeps out of an appeal for donations, an appeal against a
// decision, an appeal with no "after" clause, a harm with no incident
// "in" which it happened, and a harm whose "in" names a place.
func TestLabelAppeal(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"the police's place", []string{
			"Police in Tarrowby are appealing for witnesses after a pedestrian was seriously injured in a hit-and-run on Mill Lane on Sunday evening.",
			"The pedestrian, a woman in her sixties, is in a stable condition in hospital, police said.",
		}, others, "Tarrowby hit-and-run appeal", ""},
		{"the one hurt", []string{
			"Separately, police are appealing for information after a motorcyclist was badly hurt in a collision on the coast road on Friday.",
			"Officers want to trace the driver of a white van seen nearby, police said.",
		}, others, "motorcyclist collision appeal", ""},
		{"an appeal for donations", []string{
			"Police in Tarrowby are appealing for donations after a volunteer was injured in a fall at the toy collection depot.",
			"The toy collection depot needs 500 presents by Christmas, police said.",
		}, others, "", "fall appeal"},
		{"an appeal against a decision", []string{
			"Detectives are appealing against a ruling after an officer was injured in a scuffle on Friday outside the court.",
			"The ruling cleared the man of assault, officers said.",
		}, others, "", "scuffle appeal"},
		{"no clause after", []string{
			"Police are appealing for witnesses to a crash on the coast road in which a motorcyclist was injured in a collision with a van.",
			"Officers want to trace the driver of a white van seen nearby, police said.",
		}, others, "", "collision appeal"},
		{"a harm told with no incident", []string{
			"Police are appealing for witnesses after a pensioner was injured crossing the road near the station on Sunday.",
			"The pensioner was taken to hospital in Kelby, police said.",
		}, others, "", "pensioner road"},
		{"a harm in a place", []string{
			"Police are appealing for witnesses after a cyclist was seriously injured in Tarrowby on Sunday night.",
			"The cyclist was taken to hospital in Kelby, police said.",
		}, others, "", "appeal"},
	})
}
