package actor

import "testing"

// TestGivenNameRole checks that a role noun the model knows as a given
// name opens a person's name the tagger read whole ("Dean Harker"), while
// a rank it does not know as a given name stays a title.
func TestGivenNameRole(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Dean Nell Justice`))
	tagged := map[string]string{"Dean Harker": "PER", "Dean Marchbanks": "PER", "Harker": "PER",
		"Inspector Corran": "PER", "Corran": "PER", "Union": "ORG", "Justice Harrow": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"given name opening a sentence", "Dean Harker, 31, was remanded in custody. Harker will appear again.", "Dean Harker", Person},
		{"given name after a role phrase", "Union organiser Dean Marchbanks said the workers would not go back.", "Dean Marchbanks", Person},
		{"a judge's title after an honorific", "The finding by Mr Justice Harrow was upheld.", "Mr Justice Harrow", Person},
		{"rank that is no given name", "Inspector Corran said the car was found burnt out.", "Corran", Person},
	})
}
