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

// TestItsInAnotherClause checks that "its" after a comma and a word
// opening another clause is no evidence of a body for a name before
// them, while "its" in the name's own clause still is.
func TestItsInAnotherClause(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Ada Kell": "PER", "Velmo Corran": "PER", "Tarrow": "LOC"}
	checkNamedKinds(t, tagged, []namedKindCase{
		{"another clause", nameKindCase{"Tarrow waited for Ada Kell to make history, then cruised to its latest win.", "Ada Kell", Person}},
		{"the name's own clause", nameKindCase{"Analysts said Velmo Corran would cut its dividend this year.", "Velmo Corran", Org}},
	})
}
