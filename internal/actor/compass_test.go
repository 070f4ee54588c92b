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

// TestCompassPlace: a name the tagger read as a person's after a
// compass word in lower case is a part of a place; one opening the
// sentence after a capitalised compass word is left to the tagger.
func TestCompassPlace(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Dana": "PER", "Velmoshire": "LOC", "Ivo Marsh": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a county after south", "A red warning for wind covers Velmoshire and south Dana until midday.", "Dana", Place},
		{"a person after a verb", "Ivo Marsh drove south. Dana followed him.", "Dana", Person},
	})
}
