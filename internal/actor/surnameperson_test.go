package actor

import "testing"

// TestSurnamePersons checks that a person-shaped full name read as a
// body is the person its surname names alone with a title of address,
// an age or a role, unless another full name of the story ends in the
// surname or the bare surname has no evidence of a person.
func TestSurnamePersons(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "a title of address on the surname",
		text:   []string{"Eleanor Quist's deputy chief of staff, Toby Marrant, sent the messages.", "Ms Quist told reporters she had full confidence in her team."},
		tagged: map[string]string{"Eleanor Quist": "PER", "Toby Marrant": "PER", "Quist": "PER"},
		want:   map[string]string{"Eleanor Quist": Person},
		absent: []string{"Quist"},
	}, {
		name:   "another full name ends in the surname",
		text:   []string{"Eleanor Quist's deputy chief of staff, Toby Marrant, sent the messages.", "Ivo Quist, her brother, denied it.", "Mr Quist said nothing more."},
		tagged: map[string]string{"Eleanor Quist": "PER", "Toby Marrant": "PER", "Ivo Quist": "PER", "Quist": "PER"},
		want:   map[string]string{"Ivo Quist": Person},
	}, {
		name:   "a bare surname with nothing of a person",
		text:   []string{"Eleanor Quist's deputy chief of staff, Toby Marrant, sent the messages.", "Quist declined to comment."},
		tagged: map[string]string{"Eleanor Quist": "PER", "Toby Marrant": "PER", "Quist": "ORG"},
		want:   map[string]string{"Eleanor Quist": Org},
	}})
}
