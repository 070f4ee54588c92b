package actor

import "testing"

// TestSettledOf: a name after "the city of", "the port of" is a place
// even when its first word is a given name; "the constituency of" a
// person stays the person's.
func TestSettledOf(t *testing.T) {
	tagged := map[string]string{"Maria Corran": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a city of a given-named place", "The storm flooded the city of Maria Corran on Sunday.", "Maria Corran", Place},
		{"a constituency of a person", "Voters in the constituency of Ada Kell were the first to be polled.", "Ada Kell", Person},
	})
}
