package actor

import "testing"

// TestSplitOfFirm: a span read whole as a body, "<person> of <firm>",
// is the person and the firm when the person's part is a personal name
// and the firm's ends in a body's head noun.
func TestSplitOfFirm(t *testing.T) {
	org := func(phrase string) map[string]string { return map[string]string{phrase: "ORG"} }
	runNameRules(t, []nameRuleCase{
		{name: "said before the span", text: []string{"'It will take months,' said Rowan Tilley of Harbourside Securities."},
			tagged: org("Rowan Tilley of Harbourside Securities"), want: map[string]string{"Rowan Tilley": Person, "Harbourside Securities": Org}},
		{name: "a given name, no speech", text: []string{"The report by Anthony Pask of Corvell Capital was published on Monday."},
			tagged: org("Anthony Pask of Corvell Capital"), want: map[string]string{"Anthony Pask": Person, "Corvell Capital": Org}},
		{name: "a body's name with of stays whole", text: []string{"The Bank of Corvell Holdings said rates would rise."},
			tagged: org("Bank of Corvell Holdings"), want: map[string]string{"Bank of Corvell Holdings": Org}},
		{name: "a place after of stays whole", text: []string{"The Tilley of Harbourside Castle tour opened on Monday."},
			tagged: org("Tilley of Harbourside Castle"), want: map[string]string{"Tilley of Harbourside Castle": Org}},
	})
}
