package actor

import "testing"

// TestRouteEnd: a town's name the tagger read as a surname is a place at
// a journey's end, after a noun of travel and "to", "from", "via" or
// "between"; a person's name after "a direct line to", a possessive
// after the name, or "en route to" stay as they were.
func TestRouteEnd(t *testing.T) {
	tagged := map[string]string{"Tarrow": "PER", "Halvey": "PER", "Corran": "ORG", "Brannock": "PER", "Ada Kell": "PER", "Velby": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"sailings to", "The operator cancelled all sailings to Tarrow for a third day.", "Tarrow", Place},
		{"between X and Y", "Trains between Corran and Halvey were halted after a landslip.", "Halvey", Place},
		{"the railway between", "The reopening of the railway between Corran and Brannock has slipped to 2029.", "Brannock", Place},
		{"from X to Y", "Flights from Halvey to Velby were cancelled on Friday.", "Velby", Place},
		{"a trip to", "The side face a long trip to Brannock on Tuesday.", "Brannock", Place},
		{"a line to a person", "The adviser has a direct line to Ada Kell, colleagues said.", "Ada Kell", Person},
		{"a possessive after", "The journey to Ada Kell's farm took four hours, she said.", "Ada Kell", Person},
	})
}

func TestRouteEndWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"ferries to Tarrow", true},
		{"Trains between Corran and Halvey", true},
		{"the road between Corran", true},
		{"talks between Ada and Bo", false},
		{"en route to Tarrow", false},
		{"a letter to Tarrow", false},
		{"flights from Corran to Halvey", true},
	} {
		toks := appendTokens(nil, c.text, new(lowerMemo))
		n := len(toks)
		if got := routeEnd(toks, n-1, n); got != c.want {
			t.Errorf("routeEnd(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
