package actor

import "testing"

// TestOwnedBusinessApposed checks that a name in apposition after an
// owned business noun ("Ravi Kapoor's firm, Meridian Insight,") is the
// business, while one after an owned role noun stays a person.
func TestOwnedBusinessApposed(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Ravi Tarrow": "PER", "Meridian Quell": "PER", "Ada Kell": "PER", "Velda Quist": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a possessive's firm", "The survey by pollster Ravi Tarrow's firm, Meridian Quell, found that housing mattered.", "Meridian Quell", Org},
		{"our supplier", "We had a meter fitted by our supplier, Meridian Quell, in June.", "Meridian Quell", Org},
		{"our neighbour", "We were told by our neighbour, Velda Quist, that it had gone.", "Velda Quist", Person},
		{"a possessive's agent", "The deal was done by Ada Kell's agent, Velda Quist, who declined to comment.", "Velda Quist", Person},
	})
}
