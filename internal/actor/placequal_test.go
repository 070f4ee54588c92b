package actor

import "testing"

// TestPlaceQualifiers checks that a place after "a" or "an" before a
// role or a business says where they are, while a product says which
// firm made it and a body read as one keeps its kind.
func TestPlaceQualifiers(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Velmora": "LOC", "Corran City": "LOC", "Velmo": "LOC", "Kestrel": "ORG", "Ada Kell": "PER"}
	checkNamedKinds(t, tagged, []namedKindCase{
		{"a judge", nameKindCase{"A Velmora judge sent Ada Kell to prison on Monday.", "Velmora", Place}},
		{"an aged man", nameKindCase{"Police say a 35-year-old Corran City man stabbed Ada Kell.", "Corran City", Place}},
		{"a supermarket", nameKindCase{"Ada Kell denied arson after a fire at a Velmora supermarket.", "Velmora", Place}},
		{"a product", nameKindCase{"Ada Kell said it was probably a Velmo model.", "Velmo", Org}},
		{"a body's director", nameKindCase{"Ada Kell, a Kestrel director, said so.", "Kestrel", Org}},
	})
}
