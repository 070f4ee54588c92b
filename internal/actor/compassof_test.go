package actor

import "testing"

// TestCompassOf: a name after a compass point and "of" is a place, even
// one the tagger reads as a person's or a body's; before a possessive
// the name owns what lies in that direction and is left alone.
func TestCompassOf(t *testing.T) {
	tagged := map[string]string{"Corran Abbas": "ORG", "Tarrow": "PER", "Ada Kell": "PER"}
	runNameRules(t, []nameRuleCase{
		{name: "miles southwest of", text: []string{"The survey said the quake struck 35 miles southwest of Corran Abbas."},
			tagged: tagged, want: map[string]string{"Corran Abbas": Place}},
		{name: "just north of", text: []string{"The crash happened just north of Tarrow on Monday."},
			tagged: tagged, want: map[string]string{"Tarrow": Place}},
		{name: "possessive", text: []string{"The fire spread to the fields west of Ada Kell's farm, and she fled."},
			tagged: tagged, want: map[string]string{"Ada Kell": Person}},
	})
}
