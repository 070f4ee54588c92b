package actor

import "testing"

// TestTitlePossessed: a name after a title's possessive is part of a
// place's or a thing's name, not a person's.
func TestTitlePossessed(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a town", tagged: map[string]string{"King": "PER", "Lynton": "PER", "Spalding": "LOC"},
			text: []string{"He was known on every ground from King's Lynton to Spalding."},
			want: map[string]string{"Lynton": Place}},
		{name: "a town after a bishop", tagged: map[string]string{"Stortwell": "PER"},
			text: []string{"She grew up in Bishop's Stortwell and still lives there."},
			want: map[string]string{"Stortwell": Place}},
		{name: "a person's own possessive", tagged: map[string]string{"Ada Kell": "PER"},
			text: []string{"The King's guest, Ada Kell, said she was honoured."},
			want: map[string]string{"Ada Kell": Person}},
	})
}
