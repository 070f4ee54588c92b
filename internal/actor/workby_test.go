package actor

import "testing"

// TestWorkBy: a name followed by "by" and its maker's full name is the
// work, at its other mentions too; the sitter of a portrait "of" a
// person and a person named before another's possessive stay people.
func TestWorkBy(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a book and its publisher", tagged: map[string]string{"Mrs Ambrose": "PER", "Ada Kellaway": "PER", "Tarrow Press": "ORG"},
			text: []string{"BOOK OF THE WEEK: Dear Mrs Ambrose by Ada Kellaway (Tarrow Press, £16.99)", "Kellaway writes with tenderness about Mrs Ambrose's routines."},
			want: map[string]string{"Ada Kellaway": Person}, absent: []string{"Ambrose"}},
		{name: "a painting", tagged: map[string]string{"Widow Mrs Haverleigh": "PER", "Ivo Marsh": "PER"},
			text: []string{"The Widow Mrs Haverleigh, by Ivo Marsh, had not been seen in public since 1911."},
			want: map[string]string{"Ivo Marsh": Person}, absent: []string{"Haverleigh"}},
		{name: "a portrait's sitter", tagged: map[string]string{"Sarah Pellow": "PER", "Ivo Marsh": "PER"},
			text: []string{"The gallery bought a portrait of Sarah Pellow by Ivo Marsh, painted in 1911."},
			want: map[string]string{"Sarah Pellow": Person, "Ivo Marsh": Person}},
		{name: "a possessive after the other name", tagged: map[string]string{"Sarah Pellow": "PER", "Ivo Marsh": "PER"},
			text: []string{"Sarah Pellow, by Ivo Marsh's account, left the house at noon."},
			want: map[string]string{"Sarah Pellow": Person}},
	})
}
