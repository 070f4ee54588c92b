package actor

import "testing"

// TestThingApposition: a name described in apposition as a brand, a line
// of goods or a story about something is no person; a person described
// as a woman with a story stays one.
func TestThingApposition(t *testing.T) {
	tagged := map[string]string{"Body Glow": "PER", "Cy Pike": "PER", "Ada Kell": "PER", "Tarrow Bay": "PER"}
	runNameRules(t, []nameRuleCase{
		{name: "a brand of", text: []string{"The firm sells hemp goods, including Body Glow, a brand of skincare products."},
			tagged: tagged, want: map[string]string{"Body Glow": Other}},
		{name: "a line of", text: []string{"Buyers liked Tarrow Bay, a new line of garden furniture, most."},
			tagged: tagged, want: map[string]string{"Tarrow Bay": Other}},
		{name: "a story about", text: []string{"Young readers voted Cy Pike, a story about a boy and a flying horse, the winner."},
			tagged: tagged, want: map[string]string{"Cy Pike": Other}},
		{name: "a person with a story", text: []string{"Ada Kell, a nurse with a story to tell, spoke first."},
			tagged: tagged, want: map[string]string{"Ada Kell": Person}},
	})
}

// TestTradePluralFirm: a name ending in the plural of a trade that firms
// carry on is a firm's.
func TestTradePluralFirm(t *testing.T) {
	tagged := map[string]string{"Gordon Advisors": "PER", "Lacey": "PER", "Marsh Solicitors": "PER"}
	runNameRules(t, []nameRuleCase{
		{name: "advisors", text: []string{"Lacey was listed among the staff on the website of Gordon Advisors, a consulting firm in the suburb."},
			tagged: tagged, want: map[string]string{"Gordon Advisors": Org}},
		{name: "solicitors", text: []string{"The claim was filed by Marsh Solicitors on Friday."},
			tagged: tagged, want: map[string]string{"Marsh Solicitors": Org}},
	})
}
