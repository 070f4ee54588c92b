package actor

import "testing"

// TestPartsPlayed checks that a name after a performance word and "as",
// or played in a work named after "in", is a part (kind other), while a
// role after "as", an opponent played in a place and a name played on a
// day stay what they were.
func TestPartsPlayed(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Emmie Tarrow": "PER", "Dawn Kestrel": "PER", "Roadkill": "MISC", "Nell Avery": "PER",
		"Ivo Marsh": "PER", "Jo Velm": "PER", "Health Secretary Ada Kell": "PER", "Paris": "LOC"}
	runKindRows(t, tagged, [][4]string{
		{"performance as", "I watched her sublime performance as Emmie Tarrow at the National.", "Emmie Tarrow", Other},
		{"played in a work", "Nell Avery happens to play Conservative Dawn Kestrel in Roadkill.", "Dawn Kestrel", Other},
		{"a plural noun before as lists people", "It drew such screen stars as Ivo Marsh and Jo Velm.", "Ivo Marsh", Person},
		{"a role's words after as", "In her role as Health Secretary Ada Kell said nothing.", "Ada Kell", Person},
		{"an opponent in a place", "Jo Velm will play Ivo Marsh in Paris next week.", "Ivo Marsh", Person},
	})
}
