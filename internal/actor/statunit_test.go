package actor

import "testing"

// TestStatUnits: a figure of yards, runs or seconds after a market verb
// is a player's gain, not a share price's move.
func TestStatUnits(t *testing.T) {
	c := oneKindCase(map[string]string{"Tomas Reyne": "PER"}, "Tomas Reyne")
	runNameRules(t, []nameRuleCase{
		c("a player's yards", "Tomas Reyne added 101 yards on 18 carries.", Person),
		c("a share price", "Tomas Reyne fell 6 per cent to 120p after the warning.", Org),
	})
}
