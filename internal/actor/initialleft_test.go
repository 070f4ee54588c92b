package actor

import "testing"

// TestStackedInitials: initials the tagger left before a name's last
// initial belong to the name ("J. M. Harwell" tagged as "M. Harwell"),
// and an initial it read as a name of its own joins the rest ("P." and
// "D. Marsh"); a country's initials stay out ("U. S. Marshal").
func TestStackedInitials(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "an initial left out",
		text:   []string{"The first novel by J. M. Harwell is a smuggling adventure."},
		tagged: map[string]string{"M. Harwell": "PER"},
		want:   map[string]string{"J. M. Harwell": Person},
		absent: []string{"M. Harwell"},
	}, {
		name:   "an initial read alone",
		text:   []string{"Writer P. D. Marsh said she was delighted with the prize."},
		tagged: map[string]string{"P.": "PER", "D. Marsh": "PER"},
		want:   map[string]string{"P. D. Marsh": Person},
		absent: []string{"P.", "D. Marsh"},
	}, {
		name:   "a country's initials",
		text:   []string{"He was led away by U. S. Marshal officers on Friday."},
		tagged: map[string]string{"S. Marshal": "PER"},
		absent: []string{"U. S. Marshal"},
	}})
}
