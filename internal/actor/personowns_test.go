package actor

import "testing"

// TestPersonOwnsName: a name right after a person's possessive, with no
// noun between and no given name first, is a thing of theirs, not a
// person; a given name keeps the person, and so does an apostrophe
// inside a name ("Rory O' Quillon").
func TestPersonOwnsName(t *testing.T) {
	tagged := map[string]string{"Ada Kell": "PER", "Quillon": "PER", "Tom": "PER", "Rory O": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a creation", "Visitors loved Ada Kell's Quillon.", "Quillon", Other},
		{"a given name", "Visitors loved Ada Kell's Tom.", "Tom", Person},
		{"an apostrophe in a name", "Visitors loved Rory O' Quillon.", "Quillon", Person},
	})
}
