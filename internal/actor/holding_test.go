package actor

import "testing"

// TestBusinessIn checks that a business noun before "in" says where the
// business is, a place, while a holding before "in" says what body it is
// held in.
func TestBusinessIn(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Tarrow": "LOC", "Kestrel": "ORG"}
	checkNamedKinds(t, tagged, []namedKindCase{
		{"supermarket in a town", nameKindCase{"Fire gutted a supermarket in Tarrow on Friday night.", "Tarrow", Place}},
		{"firm in a town", nameKindCase{"Kestrel is the biggest firm in Tarrow now.", "Tarrow", Place}},
		{"stake in a body", nameKindCase{"Kestrel bought a 10 per cent stake in Tarrow last year.", "Tarrow", Org}},
	})
}
