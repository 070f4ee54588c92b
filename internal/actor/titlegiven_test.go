package actor

import "testing"

// TestTitleGiven checks that a title the model also knows as a given name,
// written before a longer name, titles the same surname when the story
// writes the two alone later, while the word stays a given name where
// the story never uses it as a title before the surname.
func TestTitleGiven(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Dean Justice Priya`))
	tagged := map[string]string{"Justice Priya Anand Rao": "PER", "Justice Rao": "PER", "Rao": "PER",
		"Justice K. L. Dutt": "PER", "Justice Dutt": "PER", "Dean Colm Varley": "PER", "Dean Varley": "PER",
		"Dean Hobbs": "PER", "Hobbs": "PER", "Justice Ferris": "PER"}
	runNameRules(t, []nameRuleCase{{
		name:   "a full name, then the title and the surname",
		text:   []string{"Justice Priya Anand Rao refused the application.", "Justice Rao said the delay was unexplained. Rao then rose."},
		tagged: tagged,
		want:   map[string]string{"Priya Anand Rao": Person},
		absent: []string{"Justice Rao"},
	}, {
		name:   "initials in the full name",
		text:   []string{"Justice K. L. Dutt allowed the appeal.", "Justice Dutt ordered a retrial."},
		tagged: tagged,
		want:   map[string]string{"K. L. Dutt": Person},
		absent: []string{"Justice Dutt"},
	}, {
		name:   "another title that is a given name",
		text:   []string{"Dean Colm Varley opened the new library.", "Dean Varley thanked the donors."},
		tagged: tagged,
		want:   map[string]string{"Colm Varley": Person},
		absent: []string{"Dean Varley"},
	}, {
		name:   "the word alone before a surname stays a given name",
		text:   []string{"Dean Hobbs, 29, was fined. Hobbs admitted the offence."},
		tagged: tagged,
		want:   map[string]string{"Dean Hobbs": Person},
	}, {
		name:   "a title before another surname leaves that name alone",
		text:   []string{"Justice Priya Anand Rao heard the case.", "Justice Ferris, a plumber, watched from the gallery."},
		tagged: tagged,
		want:   map[string]string{"Priya Anand Rao": Person, "Justice Ferris": Person},
	}})
}
