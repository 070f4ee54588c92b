package thread

import "testing"

// TestLabelAbbrTitle checks, on invented items, that an abbreviated
// title with a full stop before a name does not take the name slot, and
// that the same word written as a name of its own still can.
func TestLabelAbbrTitle(t *testing.T) {
	others := []string{
		"The Senate adjourned without a vote on the budget as talks between the parties broke down.",
	}
	runLabelCases(t, []labelCase{
		{"governor", []string{
			"Elsewhere, Gov. Alma Brightwater declared a state of emergency in six coastal counties as the storm strengthened.",
			"Brightwater said shelters would open in every county by nightfall.",
		}, others, "Alma Brightwater", "Gov"},
		{"lead opens with the title", []string{
			"Sen. Orrin Vasquez has been asked to explain payments from his campaign fund to a family firm.",
			"Vasquez denied any wrongdoing.",
		}, others, "Vasquez", "Sen"},
		{"no full stop: a name", []string{
			"Rep Cargo shares jumped 12 per cent after the haulier won a contract from the port.",
			"Rep Cargo will run four lorries a day from March.",
		}, others, "Rep Cargo", ""},
	})
}
