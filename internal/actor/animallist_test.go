package actor

import "testing"

// TestAnimalsListed: a name after "including" that closes a list of
// animals is one of them; after a list ending in people, a person.
func TestAnimalsListed(t *testing.T) {
	tagged := map[string]string{"Captain Tarrow": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"plural list", "The yard cares for 60 horses, ponies and donkeys, including Captain Tarrow.", "Tarrow", Other},
		{"one plural", "It keeps rescued goats, including Ada Kell, who is nine.", "Ada Kell", Other},
		{"owners last", "It cares for horses and their owners, including Ada Kell, who is 70.", "Ada Kell", Person},
		{"people", "The club has 60 members, including Ada Kell, who is 70.", "Ada Kell", Person},
	})
}

// TestAnimalWhose: an apposition headed by an animal noun closes before
// "whose".
func TestAnimalWhose(t *testing.T) {
	tagged := map[string]string{"Big Tarrow": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"whose", "Diggers found the tail of Big Tarrow, the long-necked dinosaur whose bones lie under the cliff.", "Big Tarrow", Other},
	})
}

// TestCreatureEpithet: a creature named with an epithet ("Big X") is
// the creature when the story drops the epithet, also where the tagger
// read the lone given name as a place; a person's name without one is
// not touched.
func TestCreatureEpithet(t *testing.T) {
	tagged := map[string]string{"Big Edna": "LOC", "Edna": "LOC", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"short name", "Diggers found the tail of Big Edna, the long-necked dinosaur whose bones lie under the cliff.\nThe find meant Edna was the most complete yet found.", "Edna", Other},
		{"a person", "Ada Kell found the bones of the dinosaur.\nKell is a retired teacher.", "Ada Kell", Person},
	})
}
