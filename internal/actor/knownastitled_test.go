package actor

import (
	"slices"
	"testing"
)

// TestKnownAsTitled: a given name opening a sentence before ", as she is
// known" names the titled woman of the story seen just before, when the
// sentence before quotes someone else; with "he", or two such women, it
// joins no one of them.
func TestKnownAsTitled(t *testing.T) {
	story := func(pronoun string) []string {
		return []string{
			"The Duchess of Aldershaw was turned away from the village pub with her labrador, Mungo.",
			"Landlord Graham Pettigrew is unrepentant. 'We have a policy,' he tells me.",
			"Arabella, as " + pronoun + " is known to friends, has since taken her custom elsewhere.",
		}
	}
	tagged := map[string]string{"Graham Pettigrew": "PER", "Arabella": "PER", "Mungo": "PER"}
	tests := []struct {
		name  string
		paras []string
		joins bool
	}{
		{name: "she, one titled woman", paras: story("she"), joins: true},
		{name: "he", paras: story("he")},
		{name: "two titled women", paras: append([]string{"The Countess of Brayford hosted the lunch."}, story("she")...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.paras...), fakeNER(tagged))
			a := find(got, "Duchess of Aldershaw")
			if a == nil {
				t.Fatalf("no Duchess of Aldershaw; got %s", summary(got))
			}
			if joined := slices.Contains(a.Aliases, "Arabella"); joined != tt.joins {
				t.Errorf("Arabella joined the Duchess: %v, want %v; got %s", joined, tt.joins, summary(got))
			}
		})
	}
}
