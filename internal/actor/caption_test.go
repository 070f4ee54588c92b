package actor

import "testing"

// TestCaptionSpans checks that a name placed in a picture by a caption
// (", left," or "(centre)") is a person's, whatever the tagger read,
// while a place's or a body's name so placed is not.
func TestCaptionSpans(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "left between commas, untagged",
		text:   []string{"Kit Quennell, left, and Serena Abbot at a script reading in Corran"},
		tagged: map[string]string{"Serena Abbot": "PER", "Corran": "LOC"},
		want:   map[string]string{"Kit Quennell": Person, "Serena Abbot": Person},
	}, {
		name:   "centre in brackets",
		text:   []string{"Ada Kell (centre) with her crew after the race"},
		tagged: map[string]string{"Ada Kell": "LOC"},
		want:   map[string]string{"Ada Kell": Person},
	}, {
		name:   "a place so placed",
		text:   []string{"The old Corran Bridge, left, and the new one at night"},
		tagged: map[string]string{"Corran Bridge": "LOC"},
		want:   map[string]string{"Corran Bridge": Place},
	}})
}
