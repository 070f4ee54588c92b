package thread

import "testing"

// TestIdiomUse checks that a noun inside a set phrase is told from the
// same noun used as such: "in a row" but not "in a row with", "under
// fire", "take charge of", "the rest of", "hats off".
func TestIdiomUse(t *testing.T) {
	cases := []struct {
		text, noun string
		want       bool
	}{
		{"Prices rose for the third month in a row, the survey said.", "row", true},
		{"The club is locked in a row with its neighbours over parking.", "row", false},
		{"A row over parking has split the village.", "row", false},
		{"The council came under fire for the cost of the scheme.", "fire", true},
		{"A fire destroyed the barn on Sunday.", "fire", false},
		{"She will take charge of the final on Saturday.", "charge", true},
		{"He faces a charge of careless driving.", "charge", false},
		{"He admitted what the rest of us knew all along.", "rest", true},
		{"Hats off to the volunteers who cleared the beach.", "hats", true},
		{"Shares languished near the bottom of the index.", "bottom", true},
		{"The firm is on track to beat its forecasts.", "track", true},
		{"It sold two sites in order to cut its debts.", "order", true},
		{"The lift has been out of order for a week.", "order", true},
		{"It won an order for 40 jets from a budget airline.", "order", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			ws := tokenizeAll([]string{c.text})[0]
			got, found := false, false
			for i, w := range ws {
				if w.surface == c.noun || w.surface == "Hats" && c.noun == "hats" {
					found, got = true, idiomUse(ws, i)
				}
			}
			if !found {
				t.Fatalf("no %q in %q", c.noun, c.text)
			}
			if got != c.want {
				t.Errorf("idiomUse(%q) = %v, want %v", c.noun, got, c.want)
			}
		})
	}
}

// TestLabelIdiom checks, on an invented item, that a noun used only in a
// set phrase ("in a row") is no topic word of the label.
func TestLabelIdiom(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"in a row", []string{
			"House prices rose by 0.4 per cent last month, the fourth increase in a row, according to lender Amberfield Bank.",
			"Amberfield Bank said the typical house now costs £281,000, with prices highest in the South East.",
		}, others, "", "row"},
	})
}

// TestCountOnly checks that a count written in words is no topic word
// and a phrase with a noun in it is.
func TestCountOnly(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"eleven", true},
		{"thousand", true},
		{"dozens", true},
		{"twelve libraries", false},
		{"library", false},
	}
	for _, c := range cases {
		if got := countOnly(tokenizeAll([]string{c.text})[0]); got != c.want {
			t.Errorf("countOnly(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
