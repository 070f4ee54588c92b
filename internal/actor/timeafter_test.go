package actor

import "testing"

// TestTheNameThenTime: a name after "the" followed by a time said with
// "next", "last" or "this" is a noun phrase of its own, a venue or a
// thing named like a person, not a person.
func TestTheNameThenTime(t *testing.T) {
	tagged := map[string]string{"Corran Pally": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a venue", "Darts fans will pack the Corran Pally next month for the final.", "Corran Pally", Other},
		{"a person", "Darts star Ada Kell next month plays for the title.", "Ada Kell", Person},
	})
}
