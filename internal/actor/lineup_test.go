package actor

import "testing"

// TestLineups checks that a paragraph of names written as an initial and
// a surname, some read as people's, makes them all people, and that
// fewer such names or a thing's head noun leave the readings alone.
func TestLineups(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"J Pettigrew": "PER", "M Oduya": "PER", "K Varlow": "ORG", "T Brisk": "ORG",
		"P de Amsel": "ORG", "V Festival": "MISC", "Fenland": "LOC"}
	const sheet = "J Pettigrew (capt); M Oduya, K Varlow (Fenland), T Brisk."
	tests := [][3]string{ // paragraph, name, the kind it must have
		{sheet, "K Varlow", Person},
		{sheet, "T Brisk", Person},
		{"Replacements: J Pettigrew, M Oduya, P de Amsel.", "P de Amsel", Person},
		{"J Pettigrew thanked K Varlow for the loan.", "K Varlow", Org},
		{"J Pettigrew, M Oduya and K Varlow played the V Festival.", "V Festival", Org},
	}
	for _, tt := range tests {
		para, name, want := tt[0], tt[1], tt[2]
		got := ExtractWith(paras(para), fakeNER(tagged))
		if a := find(got, name); a == nil || a.Kind != want {
			t.Errorf("%q: %s is not %s; actors %s", para, name, want, summary(got))
		}
	}
}
