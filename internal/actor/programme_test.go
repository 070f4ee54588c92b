package actor

import (
	"testing"

	"github.com/storyline/storyline/internal/nlp"
)

// TestProgrammes checks that a presenting role or "on" after a broadcast
// verb makes a name of ordinary words a programme, and that channels and
// broadcasters stay organisations.
func TestProgrammes(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Morning Kettle": "ORG", "Wireless 4": "ORG", "Ada Kell": "PER", "Kettle Tonight": "ORG",
		"Harbour Radio": "ORG", "Stone Hill": "ORG"}
	lower := setOf(`morning kettle tonight harbour radio stone hill`)
	old := wordCasing
	wordCasing = func(w string) nlp.Casing {
		if lower[w] {
			return nlp.CasingLower
		}
		return old(w)
	}
	t.Cleanup(func() { wordCasing = old })
	tests := []nameKindCase{
		{"Ada Kell, the Morning Kettle host, is paid well.", "Morning Kettle", Other},
		{"Ada Kell, presenter of Morning Kettle, spoke.", "Morning Kettle", Other},
		{"Ada Kell appeared on Kettle Tonight last week.", "Kettle Tonight", Other},
		{"Ada Kell, the Wireless 4 host, is paid well.", "Wireless 4", Org},
		{"Ada Kell, the Harbour Radio presenter, left.", "Harbour Radio", Org},
		{"Ada Kell sold her shares in Stone Hill last week.", "Stone Hill", Org},
	}
	checkNameKinds(t, tagged, tests)
}
