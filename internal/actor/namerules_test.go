package actor

import "testing"

// nameRuleCase is one invented story and what the embedded tagger plus
// the rules must make of it: actors of a kind ("" for any), and names
// that must be no actor at all.
type nameRuleCase struct {
	name   string
	text   []string
	want   map[string]string // actor name -> kind ("" any)
	absent []string
}

// runNameRules checks each case on the embedded tagger.
func runNameRules(t *testing.T, cases []nameRuleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(paras(c.text...))
			for n, k := range c.want {
				a := find(got, n)
				switch {
				case a == nil:
					t.Errorf("no actor %q; got %s", n, summary(got))
				case k != "" && a.Kind != k:
					t.Errorf("%q is a %s, want %s", n, a.Kind, k)
				}
			}
			for _, n := range c.absent {
				for _, a := range got {
					if a.Name == n || has(a.Aliases, n) {
						t.Errorf("%q is an actor (%s %q); got %s", n, a.Kind, a.Name, summary(got))
					}
				}
			}
		})
	}
}

// TestAmpersandNames: an ampersand is part of a firm's name as written,
// while "and" between two whole names of bodies joins two actors.
func TestAmpersandNames(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "spaced ampersand",
		text:   []string{"Shares in Harrow & Vale fell 3 per cent on Tuesday, while Dunmore & Pike gained after its results."},
		want:   map[string]string{"Harrow & Vale": Org, "Dunmore & Pike": Org},
		absent: []string{"Harrow Vale", "Dunmore Pike"},
	}, {
		name:   "ampersand and Co",
		text:   []string{"The trial paired the vaccine with Quayle & Co's best-selling drug, which beat expectations."},
		want:   map[string]string{"Quayle & Co": Org},
		absent: []string{"Quayle Co"},
	}, {
		name: "initials",
		text: []string{"Shares in AT&T fell 2 per cent."},
		want: map[string]string{"AT&T": Org},
	}, {
		name:   "initials that name no firm",
		text:   []string{"After the Q&A session, R&D spending was discussed by the board of Corvane."},
		absent: []string{"Q&A", "R&D"},
	}, {
		name:   "two papers joined by and",
		text:   []string{"The publisher, which owns the Mirror and Express titles, said advertising had recovered."},
		want:   map[string]string{"Mirror": Org, "Express": Org},
		absent: []string{"Mirror and Express"},
	}, {
		name: "one body named with and",
		text: []string{"The Securities and Exchange Commission fined the fund, and Marks and Spencer said sales rose."},
		want: map[string]string{"Securities and Exchange Commission": Org},
	}})
}
