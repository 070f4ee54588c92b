package actor

import "testing"

// TestAndPairs: a span the tagger read as one name across "and" is two
// names at the tail of a list or when the story names a part alone, but
// stays one for a firm of two surnames, a body whose head noun both
// sides share, a name with "of" and a place.
func TestAndPairs(t *testing.T) {
	cases := []struct {
		name   string
		text   string
		tagged map[string]string
		want   []string // actors that must be found
		absent []string // names that must not be actors
	}{
		{"tail of a list of acts",
			"Velvet Engine, the Paper Kites and Morrow are among the acts booked for the weekend.",
			map[string]string{"Velvet Engine": "ORG", "Paper Kites and Morrow": "ORG"},
			[]string{"Paper Kites", "Morrow"}, []string{"Paper Kites and Morrow"}},
		{"a part named alone elsewhere",
			"Both Velvet Engine and Paper Kites played the festival in 2019. This year Paper Kites close the main stage.",
			map[string]string{"Velvet Engine and Paper Kites": "ORG", "Paper Kites": "ORG"},
			[]string{"Velvet Engine", "Paper Kites"}, []string{"Velvet Engine and Paper Kites"}},
		{"a firm of two surnames closing a list",
			"Shoppers deserted Corvane, Harker and Lyle this week, analysts said.",
			map[string]string{"Corvane": "ORG", "Harker and Lyle": "ORG"},
			[]string{"Harker and Lyle"}, []string{"Lyle"}},
		{"a head noun both sides share",
			"Members of Velvet Engine, the Ports and Harbour Workers Union voted to strike.",
			map[string]string{"Velvet Engine": "ORG", "Ports and Harbour Workers Union": "ORG"},
			[]string{"Ports and Harbour Workers Union"}, []string{"Harbour Workers Union"}},
		{"a name with of",
			"Staff at Corvane, the Office of Roads and Rail Safety warned, were told.",
			map[string]string{"Corvane": "ORG", "Office of Roads and Rail Safety": "ORG"},
			[]string{"Office of Roads and Rail Safety"}, []string{"Rail Safety"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractWith(paras(c.text), fakeNER(c.tagged))
			for _, n := range c.want {
				if find(got, n) == nil {
					t.Errorf("no actor %q; got %s", n, summary(got))
				}
			}
			for _, n := range c.absent {
				if find(got, n) != nil {
					t.Errorf("unexpected actor %q; got %s", n, summary(got))
				}
			}
		})
	}
}
