package actor

import "testing"

// TestTitleOpensName checks that "the King" or "the Queen" opening a
// proper name with its possessive ("the King's Cup") is no mention of
// the monarch, while "the Queen" alone and before a common noun is.
func TestTitleOpensName(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "a medal",
		text:   []string{"A corporal from Tarrow has been awarded the King's Gallantry Medal for pulling two men from a fire."},
		tagged: map[string]string{},
		absent: []string{"the King", "King"},
	}, {
		name:   "a regiment",
		text:   []string{"He served with the Queen's Velmoshire Regiment in the 1980s."},
		tagged: map[string]string{},
		absent: []string{"the Queen", "Queen"},
	}, {
		name:   "the monarch's own affairs",
		text:   []string{"The Queen's speech to the nation was watched by millions."},
		tagged: map[string]string{},
		want:   map[string]string{"the Queen": Person},
	}})
}
