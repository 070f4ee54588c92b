package actor

import "testing"

// TestOpenersInsideNames: an ordinary word read as a name only where it
// opens a sentence is no actor, even when the story capitalises it
// inside a longer name; capitalised alone elsewhere, it is a name.
func TestOpenersInsideNames(t *testing.T) {
	tagged := map[string]string{"Open": "MISC", "Velmo Open": "MISC"}
	runNameRules(t, []nameRuleCase{
		{name: "inside a longer name", text: []string{"The Velmo Open starts on Monday.", "Open source software is popular, and its code is open to all."},
			tagged: tagged, absent: []string{"Open"}},
		{name: "alone elsewhere", text: []string{"He won the Open last year.", "Open source software is popular, and its code is open to all."},
			tagged: tagged, want: map[string]string{"Open": ""}},
	})
}
