package actor

import "testing"

// TestAuthorsWork: a name of two words or more after a person's
// possessive, with no given name first, is the person's work, outside
// sport; a title heading its line before "by" and its maker is a work.
// A relative named after the possessive, a show's possessive read as a
// person and a manager's player stay people.
func TestAuthorsWork(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Ada Ivo Tamsin`))
	runNameRules(t, []nameRuleCase{
		{name: "a novelist's book", text: []string{"The shortlist is Ada Kell's Salt Orchard, Ivo Marsh's Forty Summers and a debut."},
			tagged: map[string]string{"Ada Kell": "PER", "Salt Orchard": "PER", "Ivo Marsh": "PER", "Forty Summers": "PER"}, want: map[string]string{"Forty Summers": Other, "Ivo Marsh": Person}},
		{name: "a relative after the possessive", text: []string{"Ada Kell's Tamsin Marsh said the family was proud."},
			tagged: map[string]string{"Ada Kell": "PER", "Tamsin Marsh": "PER"}, want: map[string]string{"Tamsin Marsh": Person}},
		{name: "a show read as a person", text: []string{"The comedy stars Salt and Pepper's Orrin Velby as a bride."},
			tagged: map[string]string{"Salt and Pepper": "PER", "Orrin Velby": "PER"}, want: map[string]string{"Orrin Velby": Person}},
		{name: "a manager's player", text: []string{"Ivo Marsh's Orrin Velby scored twice as the league leaders won the match 3-1 before the final."},
			tagged: map[string]string{"Ivo Marsh": "PER", "Orrin Velby": "PER"}, want: map[string]string{"Orrin Velby": Person}},
		{name: "a title before its maker", text: []string{"LISTEN: Hedgerow Songs by the Corran Sisters (Tarrow Records)"},
			tagged: map[string]string{"Hedgerow Songs": "PER", "Corran Sisters": "ORG"}, want: map[string]string{"Hedgerow Songs": Other}},
		{name: "a person beaten by another", text: []string{"Orrin Velby was beaten by Ivo Marsh in the final."},
			tagged: map[string]string{"Orrin Velby": "PER", "Ivo Marsh": "PER"}, want: map[string]string{"Orrin Velby": Person}},
	})
}
