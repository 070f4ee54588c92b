package actor

import "testing"

// TestStatLinePlaces checks that the names labelling a measure in a
// bullet line are places, while a person labelling a count of votes
// stays a person.
func TestStatLinePlaces(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Tarrow Heath": "PER", "Velmoshire": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a rainfall line", "* Tarrow Heath, Velmoshire: 211mm", "Tarrow Heath", Place},
		{"a gust line", "• Tarrow Heath: 94 mph", "Tarrow Heath", Place},
		{"a count of votes", "* Ada Kell: 12,345", "Ada Kell", Person},
	})
}
