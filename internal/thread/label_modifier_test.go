package thread

import (
	"slices"
	"strings"
	"testing"
)

// TestModifierLabel checks, on invented leads, that a fill word standing
// before its noun brings the noun along when the label has room; that
// with no room an adjective goes out and a noun modifier stays; and
// that a word stays when the word after it is no noun it modifies.
func TestModifierLabel(t *testing.T) {
	cases := []struct {
		name  string
		lead  string
		label []string // before the fill word
		fill  string   // the fill word, a word of lead
		limit int
		want  string
	}{
		{"adjective brings its noun",
			"Councillor Tamsin Orrell quits before the general election in Hexley.",
			[]string{"Orrell", "quits"}, "general", 4, "Orrell quits general election"},
		{"noun modifier brings its noun",
			"Brackley Foods said sales rose as the leisure industry reopened.",
			[]string{"Brackley", "sales"}, "leisure", 4, "Brackley sales leisure industry"},
		{"no room, adjective goes",
			"Councillor Tamsin Orrell quits before the general election in Hexley.",
			[]string{"Tamsin", "Orrell", "quits"}, "general", 4, "Tamsin Orrell quits"},
		{"no room, noun modifier stays",
			"Brackley Foods said sales rose as the leisure industry reopened.",
			[]string{"Brackley", "Foods", "sales"}, "leisure", 4, "Brackley Foods sales leisure"},
		{"verb after, word stays",
			"Pennock police say figures show burglaries fell last year.",
			[]string{"Pennock", "burglaries"}, "figures", 4, "Pennock burglaries figures"},
		{"last in its clause, word stays",
			"Walkers in Pennock are warned about loose cattle.",
			[]string{"Pennock", "warned"}, "cattle", 4, "Pennock warned cattle"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lead := tokenizeAll([]string{c.lead})[0]
			at := slices.IndexFunc(lead, func(w word) bool { return w.surface == c.fill })
			if at < 0 {
				t.Fatalf("no %q in lead", c.fill)
			}
			cd := &cand{words: lead[at : at+1], pos: at, count: 1, lowers: 1}
			used := make([]bool, 256)
			for _, w := range lead {
				for _, l := range c.label {
					if strings.EqualFold(l, w.surface) {
						used[w.id] = true
					}
				}
			}
			used[lead[at].id] = true
			label := append(slices.Clone(c.label), c.fill)
			got := strings.Join(modifierLabel(label, lead, cd, used, c.limit), " ")
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestFillOrderStem checks that a fill word moves before a label word of
// the same stem as the word it stands before in the lead.
func TestFillOrderStem(t *testing.T) {
	lead := tokenizeAll([]string{"Hexley council backs plans for two new grammar schools in the town."})[0]
	at := slices.IndexFunc(lead, func(w word) bool { return w.surface == "grammar" })
	cd := &cand{words: lead[at : at+1], pos: at, count: 1, lowers: 1}
	got := strings.Join(fillOrder([]string{"school", "plans", "grammar"}, lead, cd), " ")
	if want := "grammar school plans"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
