package actor

import "testing"

// TestExtentOf: "the edge of", "the slopes of" and the like make the name
// after them a place, a given name first or not; a figure of speech
// ("the cutting edge of") does not.
func TestExtentOf(t *testing.T) {
	tagged := map[string]string{"Ben Corran": "PER", "Tarrow": "PER", "Nether Velby": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"slopes of a mountain", "The centre, on the slopes of Ben Corran, had feared a poor season.", "Ben Corran", Place},
		{"edge of a town", "My father kept an allotment on the edge of Tarrow for 41 years.", "Tarrow", Place},
		{"an adjective between", "The farm lies on the southern edge of Tarrow near the river.", "Tarrow", Place},
		{"a hamlet", "He is locked in a row with his neighbour in the Wiltshire hamlet of Nether Velby over a hedge.", "Nether Velby", Place},
		{"a figure of speech", "The lab is at the cutting edge of Ada Kell research, she said.", "Ada Kell", Person},
	})
}

func TestExtentOfWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"on the edge of", true},
		{"the lower slopes of", true},
		{"the cutting edge of", false},
		{"an edge of", false},
		{"the Edge of", false},
	} {
		toks := appendTokens(nil, c.text, new(lowerMemo))
		if got := extentOf(toks, len(toks)-1); got != c.want {
			t.Errorf("extentOf(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
