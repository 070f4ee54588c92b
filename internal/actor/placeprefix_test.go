package actor

import "testing"

// TestPlacePrefix: a name opening with a place's word no given name is,
// or written after "nearby", is a place; a chamber and a person stay
// what they are.
func TestPlacePrefix(t *testing.T) {
	tagged := map[string]string{"Nether Wendham": "PER", "Lower Pelling": "PER", "Castle Dunvarrie": "PER", "Wendham Hall": "PER", "Tom Hall": "PER", "Upper House": "ORG"}
	runKindRows(t, tagged, [][4]string{
		{"nether", "More than 4,000 visitors descended on Nether Wendham over the weekend.", "Nether Wendham", Place},
		{"lower in commas", "The vicar of the church, Lower Pelling, plans to ring the bells.", "Lower Pelling", Place},
		{"castle", "After 400 years in the same family, Castle Dunvarrie is on the market.", "Castle Dunvarrie", Place},
		{"nearby", "The peer has lived at nearby Wendham Hall since 1971.", "Wendham Hall", Place},
		{"a person at the house", "The peer has lived with Tom Hall since 1971.", "Tom Hall", Person},
		{"a chamber", "The bill now goes to the Upper House for a vote.", "Upper House", Org},
	})
}
