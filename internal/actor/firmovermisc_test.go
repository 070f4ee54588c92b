package actor

import "testing"

// TestFirmOverMisc: a name the tagger reads only as a miscellaneous
// thing is a body when two of its mentions or more have a firm's
// context of their own; one such mention, or a place read as often,
// leaves the tagger's reading.
func TestFirmOverMisc(t *testing.T) {
	misc := func(name string, text []string, want string) nameRuleCase {
		return nameRuleCase{name: name, text: text, tagged: map[string]string{"Corvane": "MISC", "Tarnby": "LOC"}, want: map[string]string{"Corvane": want}}
	}
	runNameRules(t, []nameRuleCase{
		misc("two mentions with a firm's context", []string{
			"Aircraft firm Corvane has unveiled a new long-range plane.",
			"Corvane's shares rose in early trading.",
			"Corvane hopes airlines will want to fly further.",
			"Corvane said the plane would fly next year.",
		}, Org),
		misc("one mention with a firm's context", []string{
			"Aircraft firm Corvane has unveiled a new long-range plane.",
			"Corvane hopes airlines will want to fly further.",
			"Corvane said the plane would fly next year.",
		}, Other),
	})
}
