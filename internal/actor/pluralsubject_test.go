package actor

import "testing"

// TestPluralSubject: one word read as a person's that takes "have",
// "are" or "were" (or ", who are") is a group; a pair or list it closes,
// an auxiliary before it, "of" before a relative clause, and the
// singular verb keep a person; a short aside may stand before the verb.
func TestPluralSubject(t *testing.T) {
	tagged := map[string]string{"Korvane": "PER", "Defra": "PER", "Ada Kell": "PER", "Bea": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"have inside a clause", "Now Defra have invented a new category of hunting.", "Defra", Org},
		{"who are after by", "A new guitarist is yet to be named by Korvane, who are at work on their eighth album.", "Korvane", Org},
		{"singular verb", "Now Korvane has invented a new category of hunting.", "Korvane", Person},
		{"singular relative", "A new guitarist is yet to be named by Korvane, who is at work on his eighth album.", "Korvane", Person},
		{"pair closed", "He has worked with Bea and Korvane, who have both signed to the label.", "Korvane", Person},
		{"auxiliary before", "Only then would Korvane have signed the letter.", "Korvane", Person},
		{"short aside", "Korvane, now eleventh, are at home to the leaders on Saturday.", "Korvane", Org},
		{"aside joining another", "Korvane, and Bea, were at home on Saturday.", "Korvane", Person},
		{"aside singular", "Korvane, now eleventh, is at home to the leaders on Saturday.", "Korvane", Person},
		{"of before who", "The parents of Korvane, who were at the hearing, said nothing.", "Korvane", Person},
	})
}
