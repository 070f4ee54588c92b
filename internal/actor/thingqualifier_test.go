package actor

import "testing"

// TestThingQualifier: a word the lexicon does not know, read as a place
// but only ever qualifying a noun after "a" or "an", is a thing's name
// used as a modifier and no actor; before a court, a body's or a place's
// noun, or once used otherwise, it stays a place.
func TestThingQualifier(t *testing.T) {
	loc := func(name, text, tagged string, want string) nameRuleCase {
		c := nameRuleCase{name: name, text: []string{text}, tagged: map[string]string{tagged: "LOC"}}
		if want == "" {
			c.absent = []string{tagged}
		} else {
			c.want = map[string]string{tagged: want}
		}
		return c
	}
	runNameRules(t, []nameRuleCase{
		loc("a thing's name qualifying a noun", "He had refused a Corvalle test and was given a blood test instead.", "Corvalle", ""),
		loc("an adjective between", "He kept an old Corvalle engine in the shed.", "Corvalle", ""),
		loc("a jury sits in a place", "A Tarnmouth jury on Tuesday ordered the man to pay damages.", "Tarnmouth", Place),
		loc("a college stands in a place", "She studied at a Tarnmouth college for two years.", "Tarnmouth", Place),
		loc("a suburb is in a place", "They moved to a Tarnmouth suburb last year.", "Tarnmouth", Place),
		{name: "also used as a place", text: []string{"He lives in Tarnmouth.", "He had refused a Tarnmouth test."},
			tagged: map[string]string{"Tarnmouth": "LOC"}, want: map[string]string{"Tarnmouth": Place}},
	})
}
