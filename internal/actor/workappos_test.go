package actor

import "testing"

// TestWorkApposition checks that a work noun in apposition after a name,
// or a show noun before it between commas, makes the name a work, while
// a verb after the noun (a new clause), a possessive or a role keeps the
// person.
func TestWorkApposition(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Roller Queen": "PER", "Brainbox": "PER", "Ivo Marsh": "PER", "Ada Kell": "PER", "Dana Velm": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a musical in apposition", "Sad news for fans of Roller Queen, the musical about a roller disco, which will close.", "Roller Queen", Other},
		{"a show noun before it", "It upheld complaints about its Saturday night quiz show, Brainbox, in which a contestant lost.", "Brainbox", Other},
		{"the subject of the next clause", "Directed by Ivo Marsh, the film was poorly received by critics.", "Ivo Marsh", Person},
		{"a work's author", "Ada Kell, the novel's author, was not there.", "Ada Kell", Person},
		{"a star of the genre", "Dana Velm, the comedy star, was not there.", "Dana Velm", Person},
	})
}
