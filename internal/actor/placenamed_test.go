package actor

import "testing"

// TestPlaceNamed checks that what a place is called is the place, while
// a name called after a person's noun stays a person.
func TestPlaceNamed(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Hillfoot Park": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a ground called", "Fans are angry: the ground has been called Hillfoot Park since 1908.", "Hillfoot Park", Place},
		{"a girl called", "The girl, called Ada Kell by her friends, was found safe.", "Ada Kell", Person},
	})
}
