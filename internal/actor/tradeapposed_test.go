package actor

import "testing"

// TestTradeApposed: a name in apposition after "the" and a business noun
// opening the clause is the business, not a person; after "head of the
// division" it is the person who holds the post.
func TestTradeApposed(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "the developer, X,",
		tagged: map[string]string{"Merrow Vale": "PER"},
		text:   []string{"The scheme was approved on Monday. The developer, Merrow Vale, has agreed to build a new surgery."},
		want:   map[string]string{"Merrow Vale": Org},
	}, {
		name:   "after a comma",
		tagged: map[string]string{"Tamsin Orde": "PER"},
		text:   []string{"Sales rose 4 per cent, and the retailer, Tamsin Orde, expects more."},
		want:   map[string]string{"Tamsin Orde": Org},
	}, {
		name:   "the head of the division is a person",
		tagged: map[string]string{"Colm Adair": "PER"},
		text:   []string{"Head of the division, Colm Adair, spoke about the plans."},
		want:   map[string]string{"Colm Adair": Person},
	}})
}
