package actor

import "testing"

// TestNameInsideWorkTitle: a given name the tagger cut from the end of a
// work's title in title case after a work noun is part of the title, not
// a person; a person named right after the title's end, or after
// capitalised words with no title word among them, stays a person.
func TestNameInsideWorkTitle(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Mary": "PER"}, "a preposition in the title", "Their album Letters To Mary has moved up to number seven.", "Mary", Other),
		taggedCase(map[string]string{"Jane": "PER"}, "a verb in the title", "Her novel Ada Goes North With Jane sold well.", "Jane", Other),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "a name after capitalised words", "The album BBC Radio Ada Kell chose was a surprise.", "Ada Kell", Person),
	})
}
