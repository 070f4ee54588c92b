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
		{"a lead in a competition", "United reduced Tamsin's Premiership lead to nine points.", []string{"PER", "ORG"}, Org},
		{"a count of points before lead", "They cut Tamsin's nine-point lead at the top.", []string{"PER", "ORG"}, Org},
		{"a lead alone is a person's too", "Tamsin's lead was cut in the second round.", []string{"PER", "ORG"}, Person},
		{"points behind the side", "Arsenal are five points behind Tamsin after the win.", []string{"PER", "ORG"}, Org},
		{"a clash with the side", "He will be back for the clash with Tamsin on Sunday.", []string{"PER", "ORG"}, Org},
		{"a loan from the side", "The striker is on a season-long loan from Tamsin this year.", []string{"PER", "ORG"}, Org},
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
