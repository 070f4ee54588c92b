package actor

import "testing"

// TestAuthorsWork: a name of two words or more after a person's
// possessive or a relative "whose" after a person, with no given name
// first, is the person's work, outside sport; a title heading its line
// before "by" and its maker is a work.
// A relative named after the possessive, a show's possessive read as a
// person and a manager's player stay people.
func TestAuthorsWork(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Ada Ivo Tamsin`))
	runNameRules(t, []nameRuleCase{
		{name: "a novelist's book", text: []string{"Critics loved Ada Kell's Tin Beacon and Ivo Marsh's Nine Chimneys."},
			tagged: map[string]string{"Ada Kell": "PER", "Tin Beacon": "PER", "Ivo Marsh": "PER", "Nine Chimneys": "PER"}, want: map[string]string{"Nine Chimneys": Other, "Ivo Marsh": Person}},
		{name: "a relative after the possessive", text: []string{"Ada Kell's Tamsin Marsh said the family was proud."},
			tagged: map[string]string{"Ada Kell": "PER", "Tamsin Marsh": "PER"}, want: map[string]string{"Tamsin Marsh": Person}},
		{name: "a show read as a person", text: []string{"The comedy stars Salt and Pepper's Ossory Velby as a bride."},
			tagged: map[string]string{"Salt and Pepper": "PER", "Ossory Velby": "PER"}, want: map[string]string{"Ossory Velby": Person}},
		{name: "a manager's player", text: []string{"Ivo Marsh's Ossory Velby scored twice as the league leaders won the match 3-1 before the final."},
			tagged: map[string]string{"Ivo Marsh": "PER", "Ossory Velby": "PER"}, want: map[string]string{"Ossory Velby": Person}},
		{name: "a relative whose", text: []string{"First prize went to Ada Kell, 71, of Church Row, whose Dandelion Dora took her a month to make."},
			tagged: map[string]string{"Ada Kell": "PER", "Church Row": "LOC", "Dandelion Dora": "PER"}, want: map[string]string{"Dandelion Dora": Other, "Ada Kell": Person}},
		{name: "whose in a match report", text: []string{"Ivo Marsh, whose Ossory Velby scored twice, saw his side win the league match 3-1 at home before the cup final."},
			tagged: map[string]string{"Ivo Marsh": "PER", "Ossory Velby": "PER"}, want: map[string]string{"Ossory Velby": Person}},
		{name: "a title before its maker", text: []string{"ALBUM: Lantern Rounds by the Velby Quartet (Tarrow Discs)"},
			tagged: map[string]string{"Lantern Rounds": "PER", "Velby Quartet": "ORG"}, want: map[string]string{"Lantern Rounds": Other}},
		{name: "a person beaten by another", text: []string{"Ossory Velby was beaten by Ivo Marsh in the final."},
			tagged: map[string]string{"Ossory Velby": "PER", "Ivo Marsh": "PER"}, want: map[string]string{"Ossory Velby": Person}},
	})
}
