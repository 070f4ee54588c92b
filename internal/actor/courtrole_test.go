package actor

import "testing"

// TestCourtRoles: the offices of the courts are roles, so that a
// person named after one stays a person when "its" later in the
// sentence speaks of a firm.
func TestCourtRoles(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Nell Ashby": "PER"}, "a magistrate before its", "The firm has appointed a reviewer, former magistrate Nell Ashby, to examine its rotas.", "Nell Ashby", Person),
		taggedCase(map[string]string{"Rhys Vantage": "PER"}, "a coroner before its", "The trust asked senior coroner Rhys Vantage to look at its records.", "Rhys Vantage", Person),
	})
}
