package actor

import "testing"

// TestItsRoleApposed checks that "its" opening an apposition of a role
// held in a body is no evidence that the name before it is the body,
// while "its" later in the name's clause still is.
func TestItsRoleApposed(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Environment Office": "ORG", "Hannah Tarrow": "PER", "Velmo Kestrel": "PER", "Tarrow Hall": "ORG", "Ada Tarrow": "PER", "Velmo TV": "ORG", "Corran Hale": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a role in apposition", "The Environment Office issued warnings. Hannah Tarrow, its duty manager for floods, said: 'Do not drive.'", "Hannah Tarrow", Person},
		{"its in the clause", "Velmo Kestrel raised its dividend by a third after a strong year of sales.", "Velmo Kestrel", Org},
		{"its a relative's", "Tarrow Hall reopens. Its owner, Ada Tarrow, granddaughter of its founder, said it cost £2m.", "Ada Tarrow", Person},
		{"its the subject's after an object's infinitive", "Velmo TV has poached Corran Hale from radio to front its coverage.", "Corran Hale", Person},
	})
}

// TestItsRoleWords checks which appositions after "its" name a role held
// in the body: a person's, not one a firm fills for another firm, nor a
// business.
func TestItsRoleWords(t *testing.T) {
	for _, r := range []struct {
		text string
		want bool
	}{
		{"Hannah Tarrow, its duty manager for floods, said", true},
		{"Ada Kell, its chief executive, said", true},
		{"sued Velmo Kestrel, its former banker, to return", false},
		{"Velmo, its parent company, said", false},
	} {
		toks := appendTokens(nil, r.text, nil)
		k := -1
		for i, tk := range toks {
			if tk.lower == "its" {
				k = i
			}
		}
		if got := itsRoleApposed(toks, k); got != r.want {
			t.Errorf("%q: itsRoleApposed = %v, want %v", r.text, got, r.want)
		}
	}
}
