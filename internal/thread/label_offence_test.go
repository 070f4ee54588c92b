package thread

import "testing"

// TestLabelOffence checks, on invented items, that a sentence or a
// conviction names the offence told in the relative clause after the
// subject or in the phrase after the verb; that a theft names what was
// stolen when it is a plain noun (past a dropped count), not a sum; that
// a subject whose noun already names the offender takes no offence; that
// a fine is no sentence; and that a generic subject ("two men") gives
// way to the event and what was stolen, but not to an offence alone.
func TestLabelOffence(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"deceit in the relative clause", []string{
			"A plumber who swindled pensioners in Ashcombe out of £60,000 for boilers he never fitted has been jailed for five years.",
			"The plumber told pensioners in Ashcombe the boilers were unsafe.",
		}, others, "plumber jailed for fraud", ""},
		{"theft of a sum in the relative clause", []string{
			"A treasurer who stole £30,000 from a bowls club in Felbury has been jailed for two years.",
			"The bowls club in Felbury has since changed its bank.",
		}, others, "treasurer jailed for theft", ""},
		{"theft after the verb", []string{
			"Elsewhere, a cashier has been jailed for 18 months for stealing from the tills at a garden centre in Wrayton.",
			"The garden centre in Wrayton said the cashier had worked there for ten years.",
		}, others, "cashier jailed for theft", ""},
		{"an offence noun after convicted", []string{
			"A landlord who rented out flats above a shop in Pellham has been convicted of fraud at Crown Court.",
			"Tenants of the flats in Pellham said they had never seen a contract.",
		}, others, "landlord convicted for fraud", ""},
		{"what was stolen past a count", []string{
			"A gang who stole more than 300 bicycles from station racks across the county have been jailed for a total of 12 years.",
			"Station racks across the county now have cameras.",
		}, others, "gang jailed for bicycle theft", ""},
		{"the subject names the offender", []string{
			"A burglar who stole jewellery from 20 homes in Castleford Vale has been jailed for four years.",
			"Homes in Castleford Vale were targeted over six months.",
		}, others, "burglar jailed", "for"},
		{"a fine is no sentence", []string{
			"A trader who stole electricity from a street lamp in Minsbury has been fined £500.",
			"The street lamp in Minsbury was disconnected.",
		}, others, "trader fined", "theft"},
		{"a generic subject with what was stolen", []string{
			"Two men who stole 60 sheep from farms on the Dunmere hills have been jailed for three years.",
			"Farmers on the Dunmere hills said the sheep were never found.",
		}, others, "jailed for sheep theft", ""},
		{"a generic subject with an offence alone", []string{
			"Two men who conned a retired teacher in Oakhurst out of £40,000 have been jailed for six years.",
			"The retired teacher in Oakhurst said she felt foolish.",
		}, others, "", "jailed for fraud"},
	})
}
