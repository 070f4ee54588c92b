package thread

import (
	"strings"
	"testing"
)

// TestMarkSources checks, on invented leads, which words the source rule
// reads as an "according to" phrase: up to the punctuation that ends
// it, and none without one.
func TestMarkSources(t *testing.T) {
	for _, c := range []struct {
		lead string
		want string // the marked words, space-separated
	}{
		{"Rents in Dunwell rose by 2 per cent last month, according to letting agent Harrow & Pike, the steepest rise in a year.", "according to letting agent Harrow Pike"},
		{"According to the Tidewell Trust, more people are swimming in the sea.", "According to the Tidewell Trust"},
		{"House prices rose last month, figures from Cobbold Bank show.", ""},
		{"The council acted according to its rules.", "according to its rules"},
	} {
		in := getInterner()
		ws := tokenize(c.lead, in)
		putInterner(in)
		src := make([]bool, len(ws))
		markSources(src, ws)
		var got []string
		for i, w := range ws {
			if src[i] {
				got = append(got, w.surface)
			}
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: marked %q, want %q", c.lead, strings.Join(got, " "), c.want)
		}
	}
}

// TestLabelSourcePhrase checks, on invented threads, that the source of a
// lead's figures named after "according to" gives way to what the
// figures are about, while a name that opens the lead stays.
func TestLabelSourcePhrase(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"A new bridge over the Wendle will open in May, the council said.",
	}
	runLabelCases(t, []labelCase{
		{"a lender as the source", []string{
			"House prices rose by 0.3 per cent last month, the third increase in a row, according to mortgage lender Quillon Bank.",
			"Quillon Bank said first-time buyers had returned to the market.",
		}, others, "house", "Quillon"},
		{"a letting agency as the source", []string{
			"Rents for two-bedroom flats in Dunwell reached £1,100 a month in October, according to letting agency Harrow & Pike.",
			"Harrow & Pike said demand from students was strong.",
		}, others, "rents", "Harrow"},
		{"a name that opens the lead", []string{
			"Quillon Bank raised its savings rates yesterday, according to its website.",
			"Quillon Bank said savers would see the rise from Monday.",
		}, others, "Quillon Bank", ""},
	})
}
