package actor

import "testing"

// TestWhoAfterList: "who" after the last name of a list speaks of the
// whole list, so it does not make that name a person's ("Sony, IBM and
// Toshiba, who"); people so listed stay people, and "who" after a name
// alone still counts.
func TestWhoAfterList(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Velcor": "ORG", "Quanta": "ORG", "Toshiba": "ORG"}, "firms then who", "Velcor, Quanta and Toshiba, who have been working on the chip for years, showed it on Monday.", "Toshiba", Org),
		taggedCase(map[string]string{"Ada Kell": "PER", "Tom Reyne": "PER", "Bo Marsh": "PER"}, "people then who", "Ada Kell, Tom Reyne and Bo Marsh, who met at school, will play on Monday.", "Bo Marsh", Person),
		taggedCase(map[string]string{"Bo Marsh": "ORG"}, "a name alone then who", "Bo Marsh, who met them at school, spoke on Monday.", "Bo Marsh", Person),
	})
}

// TestClosesNameList: the name closing a list of names after "and".
func TestClosesNameList(t *testing.T) {
	cases := []struct {
		text string
		s    int // the name's first token
		want bool
	}{
		{"Velcor, Quanta and Toshiba, who", 4, true},
		{"Velcor, Quanta Labs and Toshiba, who", 5, true},
		{"They met Quanta and Toshiba, who", 4, false},
		{"Velcor, the chip maker and Toshiba, who", 6, false},
	}
	for _, c := range cases {
		toks := appendTokens(nil, c.text, nil)
		if got := closesNameList(toks, c.s); got != c.want {
			t.Errorf("%q at %d: got %v, want %v", c.text, c.s, got, c.want)
		}
	}
}
