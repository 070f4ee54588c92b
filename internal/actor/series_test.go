package actor

import "testing"

// TestSeriesNames checks that a name between a possessive determiner and
// a series noun is the series, kind other, even with a title read apart,
// while a name used elsewhere stays a person.
func TestSeriesNames(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Maud Tarrow": "PER", "Drake": "PER", "Ivo Marsh": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a title and a series noun", "Novelist Maud Tarrow wrote all 14 of her Inspector Drake books at its kitchen table.", "Drake", Other},
		{"a full name and a series noun", "He reread all of his Ivo Marsh novels on holiday.", "Ivo Marsh", Other},
		{"the author elsewhere", "Ivo Marsh, 61, said his books sold well on holiday.", "Ivo Marsh", Person},
	})
}
