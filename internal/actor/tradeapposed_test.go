package actor

import "testing"

// TestTradeApposed: a name in apposition after "the" and a business noun
// opening the clause is the business, not a person; after "head of the
// division" it is the person who holds the post.
func TestTradeApposed(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Merrow Vale": "PER"}, "the developer, X,",
			"The scheme was approved on Monday. The developer, Merrow Vale, has agreed to build a new surgery.",
			"Merrow Vale", Org),
		taggedCase(map[string]string{"Tamsin Orde": "PER"}, "after a comma",
			"Sales rose 4 per cent, and the retailer, Tamsin Orde, expects more.",
			"Tamsin Orde", Org),
		taggedCase(map[string]string{"Colm Adair": "PER"}, "the head of the division is a person",
			"Head of the division, Colm Adair, spoke about the plans.",
			"Colm Adair", Person),
	})
}
