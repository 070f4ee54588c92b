package actor

import "testing"

// TestApposedWorkTitle: a title set off by a comma after a noun phrase
// naming a work is the work, including a kind of work after a
// possessive or a determiner ("his last feature,") and a title that runs
// on past a name ("… and the …", a possessive before a capitalised
// word); a person's name in the same place stays a person.
func TestApposedWorkTitle(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a kind of work after whose", text: []string{"The series will be made by Anders Lindqvist, whose last feature, Morton Vale, won prizes in Oslo."},
			want: map[string]string{"Morton Vale": Other, "Anders Lindqvist": Person}},
		{name: "a title running on with a possessive", text: []string{"The laureate read from his new picture book, Grandpa Hector's Flying Teapot, to a packed tent."},
			want: map[string]string{"Grandpa Hector": Other}},
		{name: "a person's possessive before a lower-case noun", text: []string{"The hit of the year was the festival's top film, Maria Jensen's comedy about a ferry."},
			want: map[string]string{"Maria Jensen": Person}},
		{name: "a debut as a time", text: []string{"She scored on her debut, said Maria Jensen, the coach."},
			want: map[string]string{"Maria Jensen": Person}},
	})
}

// TestAuthorsWorkReadAsBody: a title after its maker's possessive is the
// work also where the tagger reads it as a body's name; a body's name
// qualifying the noun after it stays a body.
func TestAuthorsWorkReadAsBody(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a title in a shortlist", text: []string{"She beat a shortlist that included Ada Kell’s Lantern Nights, Ivo Tarrant’s Copper Gate and Ben Okafor’s Dover Nights to the prize."},
			want: map[string]string{"Copper Gate": Other, "Ivo Tarrant": Person}},
		{name: "a station qualifying a show", text: []string{"The replacement for the late Ivo Tarrant's BBC Radio 4 show goes on air on Tuesday."},
			want: map[string]string{"Ivo Tarrant": Person}},
	})
}
