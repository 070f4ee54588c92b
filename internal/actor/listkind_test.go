package actor

import "testing"

// TestListCoherence checks that a name read as a person's among places
// in one list is a place unless the story speaks of a person, and that
// line-ups of players stay people.
func TestListCoherence(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Marlow Valley": "LOC", "Kelbrook Bay": "LOC", "Orrin Point": "PER", "Dana Keel": "PER",
		"Tarrow": "LOC", "Quell": "LOC", "Brannock": "PER", "Halvey": "LOC", "Mr Point": "PER",
		"Dellmoor": "PER", "Pennard": "PER", "Paris": "LOC"}
	tests := []nameKindCase{
		{"Residents of Marlow Valley, Kelbrook Bay and Orrin Point face new rules.", "Orrin Point", Place},
		{"Residents of Tarrow, Dana Keel and 12 other postcodes face new rules.", "Dana Keel", Place},
		// A given name keeps the person without a closing place noun.
		{"Residents of Marlow Valley, Kelbrook Bay and Dana Keel face new rules.", "Dana Keel", Person},
		// The story speaks of a person: a surname used alone.
		{"Marlow Valley, Kelbrook Bay and Orrin Point met. Point said so.", "Orrin Point", Person},
		// Places the model does not know do not outvote a player.
		{"The side: Tarrow, Quell, Halvey and Brannock.", "Brannock", Person},
		// One word among a long list of places, one of them known.
		{"Crews worked in Tarrow, Dellmoor, Pennard, Quell, Halvey and Paris on Sunday.", "Dellmoor", Place},
		// Not when people outnumber the place readings.
		{"The report thanked Dellmoor, Pennard, Brannock and Paris.", "Dellmoor", Person},
		// Where places stand: after a preposition of place, the rest of
		// the list places, as many as the people read.
		{"New stores are planned in Tarrow, Halvey and Brannock.", "Brannock", Place},
		{"A warning was in place for parts of Tarrow and Brannock until 9am.", "Brannock", Place},
		{"The team met in Tarrow with Brannock and Pennard.", "Brannock", Person},
		{"New stores are planned in Tarrow, Dana Keel and Brannock.", "Dana Keel", Person},
		// A list of owners is no list of places.
		{"She sang in Tarrow and Brannock's musical.", "Brannock", Person},
	}
	checkNameKinds(t, tagged, tests)
}
