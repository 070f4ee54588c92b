package actor

import "testing"

// TestBandVerb: a person-shaped name opening its sentence before a
// plural verb of what groups do is a group; the singular verb keeps a
// person, and so does a name inside the sentence.
func TestBandVerb(t *testing.T) {
	tagged := map[string]string{"Tobin Reef": "PER", "Leeds": "LOC", "Bristol": "LOC"}
	runKindRows(t, tagged, [][4]string{
		{"play and places", "Tobin Reef play Bristol and Leeds in March.", "Tobin Reef", Org},
		{"release their", "Tobin Reef release their second album in May.", "Tobin Reef", Org},
		{"one person plays", "Tobin Reef plays Bristol and Leeds in March.", "Tobin Reef", Person},
		{"not opening the sentence", "Fans watched Tobin Reef play Bristol in March.", "Tobin Reef", Person},
	})
}
