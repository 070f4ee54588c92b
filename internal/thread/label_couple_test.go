package thread

import "testing"

// TestLabelCouple checks, on invented items, that a couple given as
// "Given and Given Surname" is labelled by the surname, with neither
// given name (nor the first lower-cased as a noun), while a pair of
// places keeps its first place.
func TestLabelCouple(t *testing.T) {
	others := []string{
		"The parish council approved a new bus shelter on Mill Lane after a short debate.",
	}
	runLabelCases(t, []labelCase{
		{"couple at the start", []string{
			"Bill and Maureen Trelawney of Polgarrow celebrated their golden wedding on Saturday with a tea dance at the village hall.",
			"The couple met at a tea dance in 1975 and have three grandchildren.",
		}, others, "Trelawney", "bill"},
		{"couple after a verb", []string{
			"Identical twins Harold and Stanley Quennell, who have never lived apart, turned 90 on Monday.",
			"They still share an allotment and a flat cap, their niece said.",
		}, others, "Quennell", "Harold"},
		{"places after a preposition", []string{
			"A hosepipe ban across Dorset and East Devon will stay in force until the reservoirs recover.",
			"The water company said the ban would be lifted as soon as levels allowed.",
		}, others, "Dorset", "Devon"},
	})
}
