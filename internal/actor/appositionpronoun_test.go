package actor

import "testing"

// TestPlaceAppositionPronoun checks that "his" or "her" opening a place's
// apposition ("…, her 16th century home in the hills,") says whose place
// it is, no evidence that the name before it is a person's.
func TestPlaceAppositionPronoun(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Glenarrow Tower": "PER", "Strathmorven": "LOC", "Velda Quist": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"her home in apposition", "The Countess has quietly put Glenarrow Tower, her 16th century home in the hills above Strathmorven, on the market.", "Glenarrow Tower", Place},
		{"her role in apposition", "The firm hired Velda Quist, her former agent, last spring.", "Velda Quist", Person},
	})
}

// TestPlaceAppositionCompound: two place nouns may head a place's
// apposition together ("a Georgian farm house near the river").
func TestPlaceAppositionCompound(t *testing.T) {
	fakeLexicon(t)
	runKindRows(t, map[string]string{"Ossory Hall": "PER", "Velda Quist": "PER"}, [][4]string{
		{"a manor house in apposition", "Ossory Hall, a Georgian farm house near the river, will host the fair.", "Ossory Hall", Place},
		{"a house's owner in apposition", "Velda Quist, a farm house owner from the valley, is selling up.", "Velda Quist", Person},
	})
}
