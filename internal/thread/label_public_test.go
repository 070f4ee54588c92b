package thread

import "testing"

// TestLabelPublic checks, on invented items, that the fill rule leaves
// out a plural noun naming the people a story touches ("commuters",
// "patients"), and which words publicNoun knows.
func TestLabelPublic(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"A new bridge over the Wendle will open in May, the council said.",
	}
	runLabelCases(t, []labelCase{
		{"commuters", []string{
			"Fares on Tamsworth buses will rise by 20p from April, adding to the costs of commuters.",
			"Tamsworth Buses said fuel costs had forced the rise.",
		}, others, "fares rise", "commuters"},
		{"patients", []string{
			"Patients at the Wendle hospital trust waited up to 20 hours on trolleys in corridors last month.",
			"The hospital trust said trolleys in corridors were a last resort.",
		}, others, "trolleys", "patients"},
	})
	for _, w := range []string{"patients", "drivers", "households", "Commuters"} {
		c := &cand{words: []word{{surface: w}}}
		if !publicNoun(c) {
			t.Errorf("publicNoun(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"patient", "charges", "trolleys"} {
		c := &cand{words: []word{{surface: w}}}
		if publicNoun(c) {
			t.Errorf("publicNoun(%q) = true, want false", w)
		}
	}
}
