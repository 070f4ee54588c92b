package actor

import "testing"

// TestShortFormBodies: a two-word name read as a person's, with no given
// name first and nothing said of a person, whose last word alone the
// story reads as a body ("the Athelney boss") is that body; a given name
// first or a person's evidence keeps the person.
func TestShortFormBodies(t *testing.T) {
	tagged := map[string]string{"Carnbrook Athelney": "PER", "Athelney": "PER", "Tom Aldred": "PER", "Ada Athelney": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a club by its short name", "Tom Aldred admitted Carnbrook Athelney's injury crisis could get worse. The Athelney boss is without six players.", "Carnbrook Athelney", Org},
		{"a given name first", "Tom Aldred admitted Ada Athelney's injury crisis could get worse. The Athelney boss is without six players.", "Ada Athelney", Person},
		{"a person's age", "Tom Aldred said Carnbrook Athelney, 34, could get worse. The Athelney boss is without six players.", "Carnbrook Athelney", Person},
	})
}
