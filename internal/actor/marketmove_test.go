package actor

import "testing"

// TestMarketMoveNeedsFigure checks that a market verb with "to" or "by"
// makes a firm only before a figure: "rose to 120p", not "falling to the
// ground".
func TestMarketMoveNeedsFigure(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Ada Kell": "PER", "Velmo Corran": "PER"}
	checkNamedKinds(t, tagged, []namedKindCase{
		{"a fall to the ground", nameKindCase{"The video shows Ada Kell falling to the ground outside the school.", "Ada Kell", Person}},
		{"a slip in a ranking", nameKindCase{"Ada Kell slipped to third in the world after the defeat.", "Ada Kell", Person}},
		{"a share price", nameKindCase{"Shares in Velmo Corran fell to 120p, and Velmo Corran dropped by 3% more later.", "Velmo Corran", Org}},
	})
}
