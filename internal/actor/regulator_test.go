package actor

import "testing"

// TestRegulatorCoinage: a regulator's coined name is a body whatever
// the tagger read; a surname opening "Of" and a vowel stays a person.
func TestRegulatorCoinage(t *testing.T) {
	tagged := map[string]string{"Ofwax": "PER", "Ofili": "PER", "Chris Ofili": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a regulator alone", "Ofwax says phone companies must contact customers first.", "Ofwax", Org},
		{"a surname", "Chris Ofili painted it in 1996. Ofili said he was pleased.", "Chris Ofili", Person},
	})
}

func TestRegulatorCoinageWords(t *testing.T) {
	for w, want := range map[string]bool{"Ofcom": true, "Ofwat": true, "Ofsted": true, "Ofili": false, "Offaly": false, "Ofori": false, "Of": false, "OFCOM": false} {
		if got := regulatorCoinage([]string{w}); got != want {
			t.Errorf("regulatorCoinage(%q) = %v, want %v", w, got, want)
		}
	}
}
