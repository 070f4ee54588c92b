package actor

import "testing"

// TestOwnedThing: a one-word name the tagger reads as a place, right
// after a possessive determiner (and maybe a year) and heading its noun
// phrase, is a thing owned; a place qualifying a noun after the
// possessive, or followed by an address, stays a place.
func TestOwnedThing(t *testing.T) {
	loc := func(name, text, tagged, want string) nameRuleCase {
		return nameRuleCase{name: name, text: []string{text}, tagged: map[string]string{tagged: "LOC"}, want: map[string]string{tagged: want}}
	}
	runNameRules(t, []nameRuleCase{
		loc("a possessive before a car", "Police said he was driving his Corvalle at about 1am when officers stopped him.", "Corvalle", Other),
		loc("a possessive and a year", "Officers pulled him over for speeding in his 2008 Corvalle.", "Corvalle", Other),
		loc("a place qualifying a noun", "She has sold her Tarnmouth home to a developer.", "Tarnmouth", Place),
		loc("an address after a comma", "His Tarnmouth, Velmora, home was the focus of the celebrations.", "Tarnmouth", Place),
		loc("no possessive", "He was driving to Tarnmouth at about 1am when officers stopped him.", "Tarnmouth", Place),
	})
}
