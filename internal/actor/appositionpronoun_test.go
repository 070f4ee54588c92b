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
