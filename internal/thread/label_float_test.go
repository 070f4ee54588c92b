package thread

import (
	"strings"
	"testing"
)

// TestLeadFloat checks the float rule on invented leads: the firm
// nearest before the float, without its legal form, the noun the lead
// names, "plan" after a word of planning; and no float in a past float,
// a milk float or a supermarket listing.
func TestLeadFloat(t *testing.T) {
	cases := []struct {
		lead string
		want string // "" for no float
	}{
		{"The junior market may gain a new member, with Devon dairy group Tamarbrook Holdings announcing plans to float in the spring at a valuation of about £40million.", "Tamarbrook float plan"},
		{"Looking ahead, drone maker Kestrel Aerial said it intends to join AIM before Easter, raising about £10million.", "Kestrel Aerial float plan"},
		{"Pickering Pies, the maker of pork pies, is set to join the junior market next month in a listing that would value it at £30million.", "Pickering Pies listing"},
		{"The junior market is set for a new arrival, with online lender Penfold PLC launching its IPO next week at a valuation of £90million.", "Penfold IPO"},
		{"Cabinet maker Hollin Oak, which sells through two showrooms in Leeds, plans to list on AIM with a valuation of around £20million.", "Hollin Oak listing plan"},
		{"Shares in cereal maker Gorsemoor enjoyed their best day since the company floated after it agreed a takeover by an American rival.", ""},
		{"Our milkman, Stan Petch, drives an electric float that hums along the street at dawn.", ""},
		{"Dunmore Foods rose 3 per cent after its chutney range won a listing in 400 more supermarket stores.", ""},
	}
	for _, c := range cases {
		lead := tokenizeAll([]string{c.lead})[0]
		l, ok := leadFloat(lead)
		got := strings.Join(l, " ")
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.lead, got, c.want)
		}
	}
}
