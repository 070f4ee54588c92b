package thread

import "testing"

// TestLabelStormName checks, on invented items, that a named storm
// keeps its kind at the start of a sentence, though the story also
// writes the kind in lower case.
func TestLabelStormName(t *testing.T) {
	others := []string{"Elsewhere, a bakery in Tolworth won a prize for its sourdough."}
	runLabelCases(t, []labelCase{
		{"storm", []string{
			"Storm Petrana battered the north coast with gusts of 80mph, bringing down trees across the county.",
			"The storm is expected to ease by the weekend, forecasters said.",
		}, others, "Storm Petrana", ""},
		{"hurricane", []string{
			"Hurricane Odalys made landfall near the port on Monday, flooding hundreds of homes.",
			"The hurricane weakened as it moved inland.",
		}, others, "Hurricane Odalys", ""},
	})
}
