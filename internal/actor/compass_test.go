package actor

import "testing"

// TestCompassBefore checks that "who" after a place with a compass word
// in lower case before it speaks of people there, not of a person of the
// place's name, while "who" after a name with no such word still does.
func TestCompassBefore(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Ronan Keogh": "PER", "Kestrelby": "LOC", "Tarrow": "LOC"}
	runKindRows(t, tagged, [][4]string{
		{"compass word before", "Cook Ronan Keogh is in a row with allotment holders in north Kestrelby who say his marrows have crept over.", "Kestrelby", Place},
		{"no compass word", "Cook Ronan Keogh and Tarrow, who say his marrows have crept over, are in a row.", "Tarrow", Person},
	})
}
