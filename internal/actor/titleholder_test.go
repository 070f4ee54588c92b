package actor

import (
	"slices"
	"testing"
)

// TestTitleHolder checks that a title of place in apposition to a full
// name is that person's ("Corin Ashlake, the 7th Earl of Tansey,"), and
// that a list or a possessive leaves the title someone else's.
func TestTitleHolder(t *testing.T) {
	tagged := map[string]string{"Corin Ashlake": "PER", "Ashlake": "PER", "Mirela Vost": "PER",
		"Tobin Garrow": "PER", "Ines Harl": "PER", "Odile Sarn": "PER"}
	tests := []struct {
		name, text, person, title string
		joined                    bool
	}{
		{"the title, a comma after", "Corin Ashlake, the 7th Earl of Tansey, has shut the footpath. The Earl of Tansey said walkers left the gate open.", "Corin Ashlake", "Earl of Tansey", true},
		{"no article, an ordinal", "Mirela Vost, 4th Countess of Brayle, has died at 91.", "Mirela Vost", "Countess of Brayle", true},
		{"the title ends the sentence", "The estate now belongs to Tobin Garrow, the Marquess of Oldhythe.", "Tobin Garrow", "Marquess of Oldhythe", true},
		{"a list after the title", "Guests included Ines Harl, the Duke of Corbel, and a dozen riders.", "Ines Harl", "Duke of Corbel", false},
		{"a possessive title", "Odile Sarn, the Duke of Corbel's private secretary, declined to comment.", "Odile Sarn", "Duke of Corbel", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.text), fakeNER(tagged))
			a := find(got, tt.person)
			if a == nil {
				t.Fatalf("no actor %q; got %s", tt.person, summary(got))
			}
			if has := slices.Contains(a.Aliases, tt.title); has != tt.joined {
				t.Errorf("%q has alias %q: %v, want %v; got %s", tt.person, tt.title, has, tt.joined, summary(got))
			}
			if tt.joined && find(got, tt.title) != nil && find(got, tt.title) != a {
				t.Errorf("%q is an actor of its own; got %s", tt.title, summary(got))
			}
		})
	}
}
