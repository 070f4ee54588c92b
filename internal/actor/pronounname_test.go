package actor

import "testing"

// TestPronounIAfterName: the pronoun "I" a tagger joined to the name of
// the person spoken to is cut off, before a verb of the first person or
// run together with one; a regnal number before a verb of the third
// person stays in the name.
func TestPronounIAfterName(t *testing.T) {
	tagged := map[string]string{"Ivo Marsh": "PER", "Ivo I": "PER", "Ada Kell": "PER", "Ada I've": "PER", "Edmund I": "PER"}
	runNameRules(t, []nameRuleCase{
		{name: "before a verb", text: []string{"Ivo Marsh will coach the side.", "Pike added: \"I've said to Ivo I want to be back playing next week.\""},
			tagged: tagged, want: map[string]string{"Ivo Marsh": Person}, absent: []string{"Ivo I"}},
		{name: "contracted", text: []string{"Ada Kell runs the club.", "\"I told Ada I've got to go,\" he said."},
			tagged: tagged, want: map[string]string{"Ada Kell": Person}, absent: []string{"Ada I've"}},
		{name: "a regnal number", text: []string{"Edmund I was crowned in the abbey."},
			tagged: tagged, want: map[string]string{"Edmund I": Person}},
	})
}
