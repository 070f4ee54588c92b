package actor

import "testing"

func TestKinGroup(t *testing.T) {
	fakeLexicon(t)
	tests := []whoKindCase{
		{"a band with who after it", "Fans cheered Velvet Sisters, who had the year's biggest album.", map[string]string{"Velvet Sisters": "ORG"}, "Velvet Sisters", Org},
		{"a band listed among singers", "I listen to Nell Harrow and the Copper Brothers when I run.", map[string]string{"Nell Harrow": "PER", "Copper Brothers": "PER"}, "Copper Brothers", Org},
		{"a person's name is no group", "Fans cheered Nell Harrow, who had the year's biggest album.", map[string]string{"Nell Harrow": "PER"}, "Nell Harrow", Person},
	}
	checkWhoKinds(t, tests)
}
