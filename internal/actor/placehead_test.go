package actor

import "testing"

// TestSurnamePlaceHead checks that a name of two words ending in a place's
// head noun that is also a surname, with no given name first, is the
// place after a preposition of place, while a given name first keeps the
// person.
func TestSurnamePlaceHead(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Camilla Stourton": "PER", "Notting Hill": "PER", "Hanover Yard": "PER", "Nell Hill": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a flat in it", "Camilla Stourton has opened a bakery in Notting Hill.", "Notting Hill", Place},
		{"an office in it", "Camilla Stourton runs a hedge fund from an office in Hanover Yard.", "Hanover Yard", Place},
		{"a given name first", "Camilla Stourton has opened a bakery with Nell Hill.", "Nell Hill", Person},
		{"a given name after in", "The bakery was opened in Nell Hill's name.", "Nell Hill", Person},
	})
}
