package actor

import "testing"

// TestGenericBackRefs checks that a capitalised generic noun referring
// back to a body joins the one body it can head, and is no actor when
// the story names none.
func TestGenericBackRefs(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Corporation": "ORG", "Bank": "ORG", "Bank of Tarrow": "ORG", "Kelbrook Radio": "ORG",
		"Marlow Council": "ORG", "Council": "ORG", "Norvex Holdings": "ORG", "Halvard Group": "ORG"}
	tests := []nameKindCase{
		{"Kelbrook Radio cut jobs. The Corporation said it had no choice.", "Corporation", ""},
		{"Kelbrook Radio cut jobs. The Corporation said it had no choice.", "Kelbrook Radio", Org},
		{"The Bank of Tarrow held rates. The Bank said inflation was low.", "Bank", ""},
		{"The Bank of Tarrow held rates. The Bank said inflation was low.", "Bank of Tarrow", Org},
		{"Marlow Council met. The Council voted to close the pool.", "Marlow Council", Org},
		{"Marlow Council met. The Council voted to close the pool.", "Council", ""},
		// Two bodies the noun could head: it joins neither.
		{"Norvex Holdings and Halvard Group met. The Corporation said so.", "Norvex Holdings", Org},
		{"Norvex Holdings and Halvard Group met. The Corporation said so.", "Corporation", ""},
	}
	checkNameKinds(t, tagged, tests)
}
