package actor

import "testing"

// TestEventShortNames checks that a one-word person reading of the name
// an event opener begins elsewhere in the story is the event, kind
// other, while a person of the story bearing the word keeps it.
func TestEventShortNames(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Storm Wilma": "MISC", "Wilma": "PER", "Storm Nell": "MISC", "Nell Avery": "PER", "Nell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"the storm's short name", "Storm Wilma brought down trees. Wilma is the fourth named storm of the season.", "Wilma", Other},
		{"a person of the name", "Storm Nell brought down trees. Nell Avery was out walking. Nell said it was wild.", "Nell Avery", Person},
	})
}

// TestCometName checks that a comet named after its finder is no person,
// while the finder is.
func TestCometName(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Ada`))
	runNameRules(t, []nameRuleCase{{
		name:   "a comet",
		text:   []string{"Ada Brannock spotted it from her garden, and Comet Brannock should be visible with binoculars in March."},
		tagged: map[string]string{"Ada Brannock": "PER", "Comet Brannock": "PER"},
		want:   map[string]string{"Ada Brannock": Person, "Comet Brannock": Other},
	}})
}
