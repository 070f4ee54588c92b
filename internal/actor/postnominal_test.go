package actor

import "testing"

// TestPostnominalLetters: a barrister's letters after the name ("KC",
// "QC"), like a member's ("MP"), are a role and no part of the name, so
// that the full name and "Mr Aldous" are one person.
func TestPostnominalLetters(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "KC inside the tagged name", tagged: map[string]string{"Kwame Aldous KC": "PER", "Aldous": "PER"},
			text: []string{"His barrister, Kwame Aldous KC, said his client was deeply ashamed.", "Mr Aldous asked for a suspended sentence."},
			want: map[string]string{"Kwame Aldous": Person}, absent: []string{"Kwame Aldous KC"}},
		taggedCase(map[string]string{"Ivo Marsh QC": "PER"}, "QC inside the tagged name", "The inquiry is chaired by Ivo Marsh QC, a former judge.", "Ivo Marsh", Person),
		taggedCase(map[string]string{"Tom Ellery MP": "PER"}, "MP as before", "Tom Ellery MP said the plan was flawed.", "Tom Ellery", Person),
	})
}
