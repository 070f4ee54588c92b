package thread

import "testing"

// TestRoadNumber checks which words the road rule takes for a road's
// number.
func TestRoadNumber(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"A66", true},
		{"M62", true},
		{"B3212", true},
		{"A1", true},
		{"A05", false},
		{"A", false},
		{"M62s", false},
		{"C66", false},
		{"B32121", false},
		{"a66", false},
	} {
		if got := roadNumber(c.s); got != c.want {
			t.Errorf("roadNumber(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestLabelRoad checks, on invented threads, that a road the lead is
// about names the thread by its number, and that a figure that is no
// road ("55p") still makes no label word.
func TestLabelRoad(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"A new bridge over the Wendle will open in May, the council said.",
	}
	runLabelCases(t, []labelCase{
		{"a lorry on the A66", []string{
			"The A66 was closed for six hours near Brough yesterday after a lorry overturned in high winds.",
			"Police said the driver was not hurt.",
		}, others, "A66", ""},
		{"a share price", []string{
			"Harwick Foods rose 4 per cent to 55p after its profit warning proved milder than feared.",
			"Analysts at Pellam said the worst was over.",
		}, others, "Harwick", "55p"},
	})
}
