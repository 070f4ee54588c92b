package thread

import "testing"

// TestLabelPassive checks, on invented items, that a lead opening with a
// passive labels its subject with what happened to it, as a headline
// would, and that a negated passive, a state and a subject the lead
// does not plainly open with are left alone.
func TestLabelPassive(t *testing.T) {
	runRareLabelCases(t, []labelCase{
		{"name fined", []string{
			"Kestrel Bank has been fined £28million by the City watchdog for failing to check where deposits came from.",
		}, nil, "Kestrel Bank fined", "watchdog"},
		{"phrasal participle", []string{
			"Winger Damien Duff has been ruled out of the cup final with a hamstring injury.",
		}, nil, "Damien Duff ruled out", "injury"},
		{"topic subject", []string{
			"The inquiry has been ordered by ministers after residents of the Elmgrove home were given a week to leave.",
		}, nil, "inquiry ordered", "residents"},
		{"negated", []string{
			"Corbel Foods will not be fined over the river spill, the regulator said.",
		}, nil, "Corbel Foods", "fined"},
		{"state, not an event", []string{
			"Hollis Dental is known for its clinics in Kent and Sussex.",
		}, nil, "Hollis Dental", "known"},
		{"subject not plain", []string{
			"A ban on hosepipes covering homes in Hampshire has been lifted after heavy rain.",
		}, nil, "Hampshire", "homes lifted"}, // the reversal rule adds "lifted" to the ban (label_reverse.go)
	})
}
