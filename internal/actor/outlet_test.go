package actor

import "testing"

// TestOutletNouns: a shop noun after a name makes it the chain's,
// unless the tagger reads it as a place the gazetteer knows ("the
// Tarnby branch").
func TestOutletNouns(t *testing.T) {
	stubKnownTypes(t, map[string][]string{"Tarnby": {"LOC"}})
	tagged := map[string]string{"Corvane": "MISC", "Tarnby": "LOC", "Ellmore": "LOC"}
	c := func(name, text, actor, want string) nameRuleCase {
		return nameRuleCase{name: name, text: []string{text}, tagged: tagged, want: map[string]string{actor: want}}
	}
	runNameRules(t, []nameRuleCase{
		c("a chain's store", "A Corvane store was reduced to ruins after a blaze on Sunday.", "Corvane", Org),
		c("a store of a name unknown as a place", "Thieves robbed the Ellmore store in the city centre.", "Ellmore", Org),
		c("a known place's branch", "Thieves robbed the Tarnby branch of the jeweller on Sunday.", "Tarnby", Place),
		c("a known place's store after a", "He was seen outside a Tarnby store on Sunday.", "Tarnby", Place),
	})
}
