package actor

import "testing"

// TestLoneEventHead: an event's head noun alone after an article names
// the competition, not a place; "the Year" ends an award's title.
func TestLoneEventHead(t *testing.T) {
	tagged := map[string]string{"Championship": "LOC", "Year": "MISC"}
	runNameRules(t, []nameRuleCase{
		{name: "in the Championship", text: []string{"If we defend in the Championship like that we will not get another point."},
			tagged: tagged, want: map[string]string{"Championship": Other}},
		{name: "the Championship club", text: []string{"The bid was rejected by the Championship club on Friday."},
			tagged: tagged, want: map[string]string{"Championship": Other}},
		{name: "an award's title", text: []string{"She earned Coach of the Year honors in 1987."},
			tagged: tagged, absent: []string{"Year"}},
	})
}
