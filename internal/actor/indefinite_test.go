package actor

import "testing"

// TestVenueAndThingCues: a name after the indefinite article that ends
// its noun phrase, a boat "sailed by" a crew, a name ending in a venue's
// head (a stand, a stadium, an arena, an inn), a place described in
// apposition as a vineyard or a restaurant someone runs, and a name
// before a facility after "a" are no people; people in like places stay
// people.
func TestVenueAndThingCues(t *testing.T) {
	tagged := map[string]string{"Starter Saver": "PER", "Ada Kell": "PER", "Kittiwake": "PER",
		"Walter Pennick Stand": "PER", "Anchor Inn": "PER", "Gorsey Knoll": "PER", "Salt Pelican": "PER",
		"Tarrow Vale": "PER", "Bo Tarrant": "PER", "Hal Brennan": "PER", "Dara Quill": "PER", "Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a product after the article", "She has saved £9,000 in a Starter Saver and plans to buy a flat.", "Starter Saver", Other},
		{"the article opening a sentence", "A Starter Saver can be used only for a first home.", "Starter Saver", Other},
		{"a name qualifying a noun", "It reads like a Bo Tarrant thriller, she said.", "Bo Tarrant", Person},
		{"a titled stranger", "A Mr Hal Brennan called at the office on Monday.", "Hal Brennan", Person},
		{"a boat sailed by a crew", "Second place went to Kittiwake, sailed by a father and son.", "Kittiwake", Other},
		{"a person sailed with", "Second place went to Ada Kell, who sailed with her son.", "Ada Kell", Person},
		{"a stand named after a player", "The owner promised to rebuild the crumbling Walter Pennick Stand before next season.", "Walter Pennick Stand", Place},
		{"an inn read as an anchor", "She was last seen leaving the Anchor Inn in Fore Street at 11pm.", "Anchor Inn", Place},
		{"a vineyard in apposition", "Gorsey Knoll, a 20-acre vineyard near Lewes, won a gold medal.", "Gorsey Knoll", Place},
		{"a restaurant someone runs", "Chef Ada Kell will open next door to Salt Pelican, the fish restaurant run by Dara Quill.", "Salt Pelican", Place},
		{"its keeper stays a person", "Chef Ada Kell will open next door to Salt Pelican, the fish restaurant run by Dara Quill.", "Dara Quill", Person},
		{"a facility after the article", "He signed autographs at a Tarrow Vale leisure centre yesterday.", "Tarrow Vale", Place},
		{"an initial in a line-up", "A Kell, B Marsh, C Tarrant; D Brennan.", "Kell", Person},
		{"a person at a venue", "Hal Brennan was at the ground to watch his son.", "Hal Brennan", Person},
	})
}
