package actor

import "testing"

// TestWonThing: what a verb of winning takes is an award or a contest,
// kind other; a name after a preposition or a clause word, or before a
// possessive, is not what was won.
func TestWonThing(t *testing.T) {
	tagged := map[string]string{"Silver Harp": "ORG", "Ada Kell": "PER", "Velmora": "LOC", "Harp Guild": "ORG"}
	runKindRows(t, tagged, [][4]string{
		{"won an award", "She won a Silver Harp for her role in the film.", "Silver Harp", Other},
		{"an object pronoun and adjectives", "The part earned him a prestigious Silver Harp, his first.", "Silver Harp", Other},
		{"picked up", "She picked up her first ever Silver Harp on Sunday.", "Silver Harp", Other},
		{"a person after a clause word", "He became the first winner of the event since Ada Kell in 1976.", "Ada Kell", Person},
		{"a place after a preposition", "They will try to win the tie in Velmora next week.", "Velmora", Place},
		{"a body before a possessive", "He has won the Harp Guild's award for the script.", "Harp Guild", Org},
	})
}
