package actor

import "testing"

// TestMediumEvidence: a posting verb and "on" before a one-word name, or
// an account noun after it, make it a service, not a place; "on" alone,
// or "account for" as a verb, do not.
func TestMediumEvidence(t *testing.T) {
	tagged := map[string]string{"Chirrup": "LOC"}
	c := oneKindCase(tagged, "Chirrup")
	runNameRules(t, []nameRuleCase{
		c("a posting verb and on", "The comedian announced on Chirrup that she would host the show.", Org),
		c("an account noun after the name", "She made the announcement via her Chirrup feed on Friday.", Org),
		c("on alone", "The festival was held on Chirrup for the first time.", Place),
		c("account for as a verb", "Supplies from Chirrup account for 45% of the total.", Place),
	})
}
