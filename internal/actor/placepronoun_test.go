package actor

import "testing"

// TestPlacePronoun: a pronoun later in the sentence after a name that
// stands after "in" or "near" is someone else's, so it makes no person
// of a place; right after the name it is the name's.
func TestPlacePronoun(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name: "a plant in a district",
		text: []string{"Minutes after a woman was escorted from her job at the Velmo Foods plant in Northeast Harwick, she returned with a gun, police said."},
		want: map[string]string{"Northeast Harwick": Place},
	}, {
		name: "a house in a village",
		text: []string{"The widow died on Thursday at the family home in Richmond Vale after a long illness, and she was buried there."},
		want: map[string]string{"Richmond Vale": Place},
	}, {
		name:   "in a player",
		text:   []string{"In the early games they struggled, but in Ada Kell he has the player who makes the difference."},
		tagged: map[string]string{"Ada Kell": "PER"},
		want:   map[string]string{"Ada Kell": Person},
	}})
}
