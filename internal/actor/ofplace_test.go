package actor

import "testing"

// TestPlaceNounOf: a place noun in lower case before "of" makes the name
// of two or three words after it a place, unless a given name opens it
// or the noun is part of a name ("City of Tarnby AC").
func TestPlaceNounOf(t *testing.T) {
	tagged := map[string]string{"Bandar Velmo": "PER", "Tarnby AC": "ORG", "City": "ORG"}
	runKindRows(t, tagged, [][4]string{
		{"a port city", "The ship docked in the port city of Bandar Velmo on Monday.", "Bandar Velmo", Place},
		{"a club's name", "Endacott (City of Tarnby AC) won the race.", "Tarnby AC", Org},
	})
}
