package actor

import "testing"

// TestNativePlace: a name after "his native" is a place, even a name the
// tagger read as a person's; without "native" it stays a person.
func TestNativePlace(t *testing.T) {
	tagged := map[string]string{"Holland": "PER", "Jol": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"his native", "Jol, who has coached in his native Holland, guided the side to eighth.", "Holland", Place},
		{"no native", "Jol, who has coached with Holland, guided the side to eighth.", "Holland", Person},
	})
}
