package actor

import "testing"

// TestBrandMade: a person-shaped name in what a firm makes is a brand;
// a person a clause "makes" something, or a firm's own name, keeps its
// kind.
func TestBrandMade(t *testing.T) {
	tagged := map[string]string{"Sunny Wheats": "PER", "Tarrow Hill": "PER", "Tom Pryce": "PER", "Velmo": "ORG"}
	runKindRows(t, tagged, [][4]string{
		{"which makes a brand and", "The group, which makes Sunny Wheats and the Crunchy range, said it was in talks.", "Sunny Wheats", Other},
		{"later in the list", "The group, which makes gin and Tarrow Hill cider, said volumes fell.", "Tarrow Hill", Other},
		{"maker of", "She has run the maker of Sunny Wheats for six years.", "Sunny Wheats", Other},
		{"makes a person something", "The win, which makes Tom Pryce the favourite, came late.", "Tom Pryce", Person},
		{"a firm's name", "The deal helps Hitachi and the group which makes Velmo brand products.", "Velmo", Org},
	})
}
