package actor

import "testing"

// TestTheRoyalNamed: "the" and a royal title before one name that is no
// ordinary word names a ship, a pub or a race whatever the name, given
// or not; a royal style ("the Prince Regent", "the Queen Mother") is a
// person's.
func TestTheRoyalNamed(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "a ship",
		text:   []string{"The Queen Velmora docked at Southampton with 2,000 passengers aboard."},
		tagged: map[string]string{"Queen Velmora": "PER", "Southampton": "LOC"},
		want:   map[string]string{"Queen Velmora": Other},
	}, {
		name:   "a pub",
		text:   []string{"The row broke out in the Queen Tarrowby late on Saturday night."},
		tagged: map[string]string{"Queen Tarrowby": "PER"},
		want:   map[string]string{"Queen Tarrowby": Other},
	}, {
		name:   "a royal style",
		text:   []string{"The Prince Regent built the pavilion as a seaside retreat."},
		tagged: map[string]string{"Prince Regent": "PER"},
		want:   map[string]string{"Prince Regent": Person},
	}})
}
