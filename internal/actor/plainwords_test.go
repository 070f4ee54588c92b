package actor

import "testing"

// TestPlainWordsName: a name the tagger reads as a person's whose first
// word is no given name and whose last is an ordinary lower-case word
// names a place or a thing, unless the story says something of a person
// of it.
func TestPlainWordsName(t *testing.T) {
	cases := []struct {
		name   string
		tagged map[string]string
		text   []string
		who    string
		person bool
	}{
		{"a street of plain words", map[string]string{"Brambly Rise": "PER"},
			[]string{"Crews were sent to Brambly Rise shortly after midnight and put out the blaze."}, "Brambly Rise", false},
		{"a theatre district with a later pronoun", map[string]string{"Tarrock": "PER", "Brindle End": "PER"},
			[]string{"It is Tarrock's first Brindle End show since she left the company."}, "Brindle End", false},
		{"a given name first is a person", map[string]string{"Clare Short": "PER"},
			[]string{"Crews were sent to help Clare Short shortly after midnight."}, "Clare Short", true},
		{"the last word used alone", map[string]string{"Delvin Price": "PER"},
			[]string{"The committee is looking into Delvin Price over his expenses.", "Price, 57, denied any wrongdoing."}, "Delvin Price", true},
		{"the last word ending another thing's name", map[string]string{"Harbour Tycoon": "PER", "Rail Tycoon": "MISC"},
			[]string{"Harbour Tycoon ate my evenings for years.", "Its rival Rail Tycoon sold fewer copies."}, "Harbour Tycoon", false},
		{"the last word opening a sentence and written in lower case", map[string]string{"Tarrow Online": "PER"},
			[]string{"I began playing Tarrow Online in 2001.", "Online play was new then, and few games were online at all."}, "Tarrow Online", false},
		{"the surname opening a sentence", map[string]string{"Delvin Price": "PER"},
			[]string{"The committee is looking into Delvin Price over his expenses.", "Price denied any wrongdoing."}, "Delvin Price", true},
		{"a title makes a person", map[string]string{"Mr Brambly Rise": "PER"},
			[]string{"Crews were sent to Mr Brambly Rise shortly after midnight."}, "Brambly Rise", true},
		{"saying makes a person", map[string]string{"Quennell Point": "PER"},
			[]string{"'We will appeal,' said Quennell Point, who runs the shop."}, "Quennell Point", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractWith(paras(c.text...), fakeNER(c.tagged))
			a := find(got, c.who)
			isPerson := a != nil && a.Kind == Person
			if isPerson != c.person {
				t.Errorf("%q person = %v, want %v; got %s", c.who, isPerson, c.person, summary(got))
			}
		})
	}
}

// TestPlainWordsPlural checks that a last word the lexicon does not
// know counts as a plain word when its singular is one ("Corran
// Rambles"; "Voyages" now ends firms' names as a trade's head), and that
// a given name first still makes a person.
func TestPlainWordsPlural(t *testing.T) {
	stubLexicon(t, nil, setOf(`ramble winter`), setOf(`Dean`))
	runNameRules(t, []nameRuleCase{{
		name:   "a plural of a plain word",
		text:   []string{"Holidaymakers who booked with Corran Rambles will be refunded, the regulator says."},
		tagged: map[string]string{"Corran Rambles": "PER"},
		want:   map[string]string{"Corran Rambles": Other},
	}, {
		name:   "a given name first",
		text:   []string{"Holidaymakers who booked with Dean Winters will be refunded, the regulator says."},
		tagged: map[string]string{"Dean Winters": "PER"},
		want:   map[string]string{"Dean Winters": Person},
	}})
}
