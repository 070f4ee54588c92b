package actor

import "testing"

// TestPlaceTie: a one-word name the tagger reads as a person's, and its
// context (places beside it in a list) as a place's as strongly, is a
// place when nothing else in the story makes it a person's: not a full
// name of the story bearing the word, not a list of names.
func TestPlaceTie(t *testing.T) {
	tagged := map[string]string{"Galway": "LOC", "Mayo": "LOC", "Tarrowby": "PER", "Ada Tarrowby": "PER", "Kell": "PER", "Ivo": "PER", "Rosie": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"places around it", "Warnings are out for Galway, Mayo and Tarrowby as the storm arrives tomorrow.", "Tarrowby", Place},
		{"a person of the name", "Ada Tarrowby spoke later. Warnings are out for Galway, Mayo and Tarrowby as the storm arrives tomorrow.", "Ada Tarrowby", Person},
		{"a list of names", "Subs: Kell, Ivo, Rosie, Galway, Mayo, Tarrowby.", "Tarrowby", Person},
	})
}

// TestPlaceTieSaying: a one-word name that says something is no place,
// whatever stands beside it.
func TestPlaceTieSaying(t *testing.T) {
	tagged := map[string]string{"Galway": "LOC", "Tarrowby": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a speaker", "Galway and Tarrowby added: 'We are thrilled to have her back.'", "Tarrowby", Person},
	})
}
