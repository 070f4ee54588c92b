package actor

import "testing"

func TestClubHint(t *testing.T) {
	fakeLexicon(t)
	tests := []struct {
		name  string
		text  string
		known []string // gazetteer types of "Tamsin"
		want  string
	}{
		{"a side's place in a match", "The striker was sent off against Tamsin last week.", []string{"PER", "ORG"}, Org},
		{"a score before to", "They lost 3-2 to Tamsin after extra time.", []string{"PER", "ORG"}, Org},
		{"their later in the clause", "Reports say Tamsin will renew their bid for the striker.", []string{"PER", "ORG"}, Org},
		{"a player after the possessive", "Tamsin's Damien Vale scored twice.", []string{"PER", "ORG"}, Org},
		{"the gazetteer knows no body of the name", "The striker was sent off against Tamsin last week.", []string{"PER"}, Person},
		{"a person of the name in full", "Tamsin Vale said so. The striker was sent off against Tamsin last week.", []string{"PER", "ORG"}, Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stubKnown(t, "Tamsin", tt.known)
			got := ExtractWith(paras(tt.text), fakeNER(map[string]string{"Tamsin": "PER", "Tamsin Vale": "PER", "Damien Vale": "PER"}))
			if a := find(got, "Tamsin"); a != nil && a.Kind != tt.want || a == nil && tt.want != Person {
				t.Errorf("Tamsin: want %s, got %s", tt.want, summary(got))
			}
		})
	}
}
