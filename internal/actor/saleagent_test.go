package actor

import "testing"

// TestSaleAgent: the name a sale goes through is the agency's; a person
// after "with" or "by" where no sale is spoken of stays a person.
func TestSaleAgent(t *testing.T) {
	tagged := map[string]string{"Garner Holt": "PER", "Tarrow": "LOC"}
	runKindRows(t, tagged, [][4]string{
		{"through after for sale", "The four-bedroom house in Tarrow is for sale at £600,000 through Garner Holt.", "Garner Holt", Org},
		{"with an estate agent on the market", "The farmhouse is on the market for £2.4million with estate agent Garner Holt.", "Garner Holt", Org},
		{"the sale handled by", "The sale is being handled by Garner Holt.", "Garner Holt", Org},
		{"no sale", "The case is being handled by Garner Holt.", "Garner Holt", Person},
		{"with a person, no sale", "She walked to Tarrow with Garner Holt.", "Garner Holt", Person},
		{"a clause goes on", "The club went up for sale with Garner Holt saying it was time.", "Garner Holt", Person},
	})
}
