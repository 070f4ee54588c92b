package thread

import (
	"strings"
	"testing"
)

// TestFillLabel checks, on invented threads, that the fill rule gives a
// short label a third word from the lead, never a word first met after
// the lead or in a relative clause of it, and never a word the label
// holds already; and a fourth only with a word the thread uses twice.
func TestFillLabel(t *testing.T) {
	others := []string{
		"Shares in Brackley Foods rose after the grocer raised its forecast.",
		"The council approved plans for a new swimming pool in Ashdown.",
	}
	cases := []struct {
		name    string
		paras   []string
		want    []string // words the label must hold
		notWant []string // words it must not hold
	}{
		{"no aside word", []string{
			"Hexley, which lost its bank last year, is to keep its post office after a campaign.",
			"The campaign gathered signatures at the weekly market.",
		}, []string{"office"}, []string{"bank"}},
		{"later word left out", []string{
			"Walkers in Pennock are being warned about loose cattle on the footpaths.",
			"A farmer said the cattle had broken through a fence during the storm.",
		}, []string{"cattle"}, []string{"farmer", "fence"}},
		{"fourth word used twice", []string{
			"Tenants of Moorgate Court in Hexley say damp in their flats has gone unrepaired for a year.",
			"The landlord said repairs to the flats would start in the spring, but tenants said they had heard that before.",
		}, []string{"tenants", "flats"}, nil},
		{"no fourth word used once", []string{
			"Tenants of Moorgate Court in Hexley say damp in their flats has gone unrepaired for a year.",
			"The landlord said work would start in the spring.",
		}, []string{"tenants"}, []string{"flats"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Label(c.paras, others, nil)
			ws := strings.Fields(strings.ToLower(got))
			if len(ws) < fillWords {
				t.Errorf("label %q has fewer than %d words", got, fillWords)
			}
			seen := map[string]bool{}
			for _, w := range ws {
				if seen[w] {
					t.Errorf("label %q repeats %q", got, w)
				}
				seen[w] = true
			}
			for _, w := range c.want {
				if !seen[w] {
					t.Errorf("label %q lacks %q", got, w)
				}
			}
			for _, w := range c.notWant {
				if seen[w] {
					t.Errorf("label %q holds %q", got, w)
				}
			}
		})
	}
}
