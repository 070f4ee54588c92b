package actor

import "testing"

// TestFirmsNamedAfterPlaces checks that a name ending in a place the
// model knows only as one is a firm after a trade word or a brand the
// story reads alone as a body, and stays a place otherwise.
func TestFirmsNamedAfterPlaces(t *testing.T) {
	fakeLexicon(t)
	stubKnownTypes(t, map[string][]string{"Velmora": {"LOC"}, "North": {"LOC"}})
	tagged := map[string]string{"Telecom Velmora": "LOC", "Brightwater Velmora": "LOC", "Brightwater": "ORG",
		"North Velmora": "LOC", "Corran Velmora": "LOC", "Ada Kell": "PER"}
	checkNamedKinds(t, tagged, []namedKindCase{
		{"trade word", nameKindCase{"The cable, owned by Telecom Velmora, was cut on Monday.", "Telecom Velmora", Org}},
		{"brand read alone as a body", nameKindCase{"Brightwater apologised after the cable of Brightwater Velmora was cut near the coast.", "Brightwater Velmora", Org}},
		{"compass point", nameKindCase{"Ada Kell flew to North Velmora on Monday.", "North Velmora", Place}},
		{"unknown word", nameKindCase{"Ada Kell flew to Corran Velmora on Monday.", "Corran Velmora", Place}},
	})
}
