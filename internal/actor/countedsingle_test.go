package actor

import "testing"

// TestCountedSingleName: a one-word name the story counts out with "a"
// elsewhere is a kind of thing (a painting, a car) in its other mentions
// too; not where a given name stands before it somewhere, nor where the
// article is an initial in a line-up.
func TestCountedSingleName(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Vantreel": "PER"}, "a painting counted elsewhere", "The earl sells the family Vantreel to pay for a roof. Until last year the hall had a Vantreel, and a herd of deer.", "Vantreel", Other),
		taggedCase(map[string]string{"Vantreel": "PER"}, "a painter named in full", "The earl sells the family Vantreel to pay for a roof. Until last year the hall had a Vantreel, painted by Thomas Vantreel.", "Thomas Vantreel", Person),
		taggedCase(map[string]string{"Vantreel": "PER"}, "an initial in a line-up", "Vantreel scored twice. Referee: A Vantreel.", "Vantreel", Person),
	})
}
