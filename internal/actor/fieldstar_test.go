package actor

import "testing"

// TestFieldStar checks that "star" after the field a star shines in
// makes the name after it a person's, whatever the tagger read, while
// "star" alone before a name does not.
func TestFieldStar(t *testing.T) {
	tagged := map[string]string{"Corran Vale": "ORG"}
	runKindRows(t, tagged, [][4]string{
		{"pop star", "Eighties pop star Corran Vale is to tour for the first time in 25 years.", "Corran Vale", Person},
		{"soap star", "Former soap star Corran Vale is to tour for the first time in 25 years.", "Corran Vale", Person},
		{"star alone", "The star Corran Vale is to tour for the first time in 25 years.", "Corran Vale", Org},
	})
}
