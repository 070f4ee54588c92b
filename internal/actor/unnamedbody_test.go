package actor

import "testing"

// TestUnnamedBody: a one-word name the tagger reads as a person's, with
// one cue of a body (here a body beside it in a list) and nothing said of
// a person anywhere in the story, is a body when it is no given name and
// no known person's name, is never listed beside a person and stands in
// no list holding a person's full name.
func TestUnnamedBody(t *testing.T) {
	tagged := map[string]string{"Wonkette": "ORG", "Quaybridge": "ORG", "Tamblyn": "PER", "Rosie": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"bodies around it", "Up for the award are Quaybridge and Tamblyn. Tamblyn said it was delighted.", "Tamblyn", Org},
		{"a given name", "Up for the award are Quaybridge and Rosie. Rosie said it was delighted.", "Rosie", Person},
		{"beside a person", "Up for the award are Ada Kell, Tamblyn and Quaybridge. Tamblyn said it was delighted.", "Tamblyn", Person},
		{"a person further along the list", "Up for the award are Ada Kell, Quaybridge and Tamblyn. Tamblyn said it was delighted.", "Tamblyn", Person},
	})
}
