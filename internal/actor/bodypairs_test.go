package actor

import "testing"

// TestBodyPairs: a name with no given name the tagger read as a person's,
// listed with "and" beside a body coined in mixed case or ending in a
// body's head noun, is a body; a list with a given name in it, a one-word
// name in a sports story and a name the story speaks of as a person's
// stay people.
func TestBodyPairs(t *testing.T) {
	tagged := map[string]string{"Tarrow Marten": "PER", "CorranTel": "ORG", "Velmometer": "PER", "Velby Research Centre": "ORG",
		"Ada Kell": "PER", "Brannock Halvey": "PER", "Kellow": "PER", "Tarrow United": "ORG"}
	runKindRows(t, tagged, [][4]string{
		{"beside a coined name", "The presenter did paid work on the side for Tarrow Marten and CorranTel.", "Tarrow Marten", Org},
		{"beside a head noun", "Figures are drawn from state updates, Velmometer and Velby Research Centre.", "Velmometer", Org},
		{"a given name in the list", "The presenter did paid work for Ada Kell and CorranTel last year.", "Ada Kell", Person},
		{"one word in a sports story", "The striker scored twice before the match. Kellow and Tarrow United agreed terms at the end of the season.", "Kellow", Person},
		{"spoken of as a person", "Brannock Halvey and CorranTel signed the deal. Halvey said he was delighted with it.", "Brannock Halvey", Person},
	})
}
