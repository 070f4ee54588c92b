package actor

import "testing"

// TestAnimalIsName checks that an animal noun's complement after "is"
// is a creature and that a person beside it stays a person.
func TestAnimalIsName(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "pet of the week", text: []string{"Our pet of the week is Lord Whiskers, who is eleven and lives with Margaret Pell in a flat in Hove."},
			want: map[string]string{"Lord Whiskers": Other, "Margaret Pell": Person}},
		{name: "this week's dog", text: []string{"This week's dog is Rufus, a rescue from a farm near Ely, said Dan Okafor."},
			want: map[string]string{"Rufus": Other, "Dan Okafor": Person}},
		{name: "an owner in the possessive", text: []string{"The horse is Ada Kell's, and she has trained it since it was a foal."},
			want: map[string]string{"Ada Kell": Person}},
		{name: "a person after a person noun", text: []string{"Our guest of the week is Samuel Okoro, who has run the village shop for forty years."},
			want: map[string]string{"Samuel Okoro": Person}},
	})
}
