package actor

import "testing"

// TestRankAndCanonTitles: a colonel's, a canon's and a coxswain's title
// stands before the name as any honorific, and is no part of it.
func TestRankAndCanonTitles(t *testing.T) {
	tagged := map[string]string{"Col Ormond Vickery": "PER", "Canon Tegwen Rhoswen": "PER", "Coxswain Petroc Gundry": "PER"}
	runNameRules(t, []nameRuleCase{{
		name: "lieutenant colonel", text: []string{"Lt Col Ormond Vickery, late of the Royal Signals, died on 3 May."}, tagged: tagged,
		want: map[string]string{"Ormond Vickery": Person},
	}, {
		name: "canon after the Rev", text: []string{"The Rev Canon Tegwen Rhoswen, who has died aged 81, rode a bicycle between six churches."}, tagged: tagged,
		want: map[string]string{"Tegwen Rhoswen": Person},
	}, {
		name: "coxswain", text: []string{"Coxswain Petroc Gundry said the crew had done well."}, tagged: tagged,
		want: map[string]string{"Petroc Gundry": Person},
	}})
}
