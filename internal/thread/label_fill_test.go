package thread

import (
	"slices"
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

// TestFillOrder checks, on invented leads, that a word the fill rule
// adds moves before the label word it modifies in the lead, and stays
// last when it modifies none, is the second of a pair or would stand
// before a name.
func TestFillOrder(t *testing.T) {
	cases := []struct {
		name, lead, label, added, want string
	}{
		{"modifier", "Drivers in Malby face higher car park charges from May.", "park charges", "car", "car park charges"},
		{"no neighbour", "Drivers in Malby face higher park charges from May, the council said.", "park charges", "council", "park charges council"},
		{"second of a pair", "Farmers fear a foot and mouth outbreak in Malby.", "outbreak foot", "mouth", "outbreak foot mouth"},
		{"before a name", "Shoppers in Malby queued at the new Greengage store.", "Greengage queue", "new", "Greengage queue new"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lead := tokenizeAll([]string{c.lead})[0]
			pos := slices.IndexFunc(lead, func(w word) bool { return w.surface == c.added })
			if pos < 0 {
				t.Fatalf("%q not in lead", c.added)
			}
			label := append(strings.Fields(c.label), c.added)
			got := strings.Join(fillOrder(label, lead, &cand{words: lead[pos : pos+1], pos: pos}), " ")
			if got != c.want {
				t.Errorf("fillOrder = %q, want %q", got, c.want)
			}
		})
	}
}
