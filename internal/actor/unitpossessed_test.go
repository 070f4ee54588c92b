package actor

import "testing"

// TestUnitNamedAfterTitled: an army unit named after a royal or a peer
// ("the Duke of Kendal's Regiment", "Princess Matilda's Own Rifles") is
// no person, whether the tagger's span stops at the possessive or runs
// on to the unit's word; the titled person named alone stays one.
func TestUnitNamedAfterTitled(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "span runs on", text: []string{"At 101, Sidney Flinders served as a private in the Duke of Kendal's Regiment until 1946."},
			tagged: map[string]string{"Sidney Flinders": "PER", "Duke of Kendal's Regiment": "ORG"},
			want:   map[string]string{"Sidney Flinders": Person},
			absent: []string{"Duke of Kendal's Regiment", "Duke of Kendal"}},
		{name: "span stops at the possessive", text: []string{"Lance Corporal Kofi Mensah-Boateng, 26, of Princess Matilda's Own Rifles, went back into the vehicle."},
			tagged: map[string]string{"Kofi Mensah-Boateng": "PER", "Princess Matilda": "ORG", "Own Rifles": "LOC"},
			want:   map[string]string{"Kofi Mensah-Boateng": Person},
			absent: []string{"Princess Matilda"}},
		{name: "the titled person", text: []string{"The Duke of Kendal inspected the regiment on Friday."},
			tagged: map[string]string{},
			want:   map[string]string{"Duke of Kendal": Person}},
	})
}
