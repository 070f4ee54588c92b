package actor

import "testing"

// TestStreetFirst checks that a name opening with a street noun is a
// place, but not an English title with "of".
func TestStreetFirst(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Avenue Corran": "PER", "Rue de Velmo": "ORG", "Boulevard of Broken Glass": "ORG", "Ada Kell": "PER"}
	checkNamedKinds(t, tagged, []namedKindCase{
		{"avenue", nameKindCase{"Robbers burst into the store on the chic Avenue Corran on Thursday.", "Avenue Corran", Place}},
		{"rue with a particle", nameKindCase{"Ada Kell opened a shop on Rue de Velmo last year.", "Rue de Velmo", Place}},
		{"an English title", nameKindCase{"Ada Kell sang Boulevard of Broken Glass last night.", "Boulevard of Broken Glass", Org}},
	})
}
