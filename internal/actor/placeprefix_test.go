package actor

import "testing"

// TestPlacePrefix: a name opening with a place's word no given name is,
// or written after "nearby", is a place; a chamber and a person stay
// what they are.
func TestPlacePrefix(t *testing.T) {
	tagged := map[string]string{"Nether Wendham": "PER", "Lower Pelling": "PER", "Castle Dunvarrie": "PER", "Wendham Hall": "PER", "Tom Hall": "PER", "Upper House": "ORG", "Mt Velby": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"nether", "More than 4,000 visitors descended on Nether Wendham over the weekend.", "Nether Wendham", Place},
		{"lower in commas", "The vicar of the church, Lower Pelling, plans to ring the bells.", "Lower Pelling", Place},
		{"mount written short", "A climber spent two nights in an ice cave on Mt Velby after his brother fell.", "Mt Velby", Place},
		{"castle", "After 400 years in the same family, Castle Dunvarrie is on the market.", "Castle Dunvarrie", Place},
		{"nearby", "The peer has lived at nearby Wendham Hall since 1971.", "Wendham Hall", Place},
		{"a person at the house", "The peer has lived with Tom Hall since 1971.", "Tom Hall", Person},
		{"a chamber", "The bill now goes to the Upper House for a vote.", "Upper House", Org},
	})
}

// TestRoyalOpened: "Royal" before a capitalised word opens a body's name
// that the tagger read as a person's; "Royal" is no given name.
func TestRoyalOpened(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Royal Tarrow": "PER"}, "a school's side", "Royal Tarrow won the schools cup on Saturday.", "Royal Tarrow", Org),
	})
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"Royal", "Tarrow"}, true},
		{[]string{"Royal", "of", "Tarrow"}, false},
		{[]string{"Royal"}, false},
	} {
		if got := royalOpened(c.words); got != c.want {
			t.Errorf("royalOpened(%v) = %v, want %v", c.words, got, c.want)
		}
	}
}
