package actor

import "testing"

// TestCapOf: a name before "international" in lower case is the country
// a player is capped by, not a person; before "international" and the
// noun it qualifies it is left to the other rules.
func TestCapOf(t *testing.T) {
	tagged := map[string]string{"Tarrow": "PER", "Ada Kell": "PER"}
	runNameRules(t, []nameRuleCase{
		{name: "an international", text: []string{"The Tarrow international said the club were confident of winning."},
			tagged: tagged, want: map[string]string{"Tarrow": Place}},
		{name: "a noun after", text: []string{"Ada Kell international fan club members met on Monday, and Ada Kell sang."},
			tagged: tagged, want: map[string]string{"Ada Kell": Person}},
	})
}
