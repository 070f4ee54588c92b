package thread

import (
	"slices"
	"testing"
)

// TestBanLabel checks, on invented leads, that a thing the lead's
// subject bans becomes the modifier of "ban", and that a subject that
// is banned, a thing named far from the verb and a label with a ban
// already are left.
func TestBanLabel(t *testing.T) {
	cases := []struct {
		name  string
		label []string
		lead  string
		want  []string
	}{
		{"has banned the thing", []string{"Millbrook", "Town", "phones"},
			"Millbrook Town manager Ivo Penn has banned mobile phones from the team coach.",
			[]string{"Millbrook", "Town", "phone", "ban"}},
		{"bans someone from the thing", []string{"Dalton", "Rovers", "cameras"},
			"Dalton Rovers bans its players from taking cameras into the dressing room.",
			[]string{"Dalton", "Rovers", "camera", "ban"}},
		{"the subject is banned", []string{"jockey", "Fell", "whip"},
			"Jockey Aled Fell has been banned for ten days for overuse of the whip.",
			[]string{"jockey", "Fell", "whip"}},
		{"the thing is not what is banned", []string{"Harrow", "Vale", "derby"},
			"Harrow Vale manager Tom Reece has banned reporters from the training ground before the derby.",
			[]string{"Harrow", "Vale", "derby"}},
		{"a ban already", []string{"Pellworth", "bans", "dogs"},
			"Stockbroker Pellworth has banned dogs from its offices.",
			[]string{"Pellworth", "bans", "dogs"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lead := tokenizeAll([]string{c.lead})[0]
			if got := banLabel(slices.Clone(c.label), lead); !slices.Equal(got, c.want) {
				t.Errorf("banLabel(%q) = %q, want %q", c.label, got, c.want)
			}
		})
	}
}
