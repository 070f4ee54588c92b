package thread

import "testing"

// TestLabelCut checks, on invented items, that a lead telling that its
// subject cut something labels the object and "cut" or "cuts", that an
// analyst's cut rating is a downgrade, and that a purpose ("to cut
// costs"), a relative clause, a passive and an object after "a" do not.
func TestLabelCut(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"jobs", []string{
			"Brackley Foods is to cut about 120 jobs at its bakery in Wexham.",
			"Brackley Foods said demand for its pies had fallen.",
		}, others, "Brackley Foods job cuts", ""},
		{"dividend", []string{
			"Pelham Water halved its interim dividend as it set aside cash for new sewers.",
			"Pelham Water said the sewers would take ten years to build.",
		}, others, "Pelham Water dividend cut", ""},
		{"apposition", []string{
			"Pelham Water, the county's supplier, has cut its interim dividend to 3p.",
			"Pelham Water said the sewers would take ten years to build.",
		}, others, "Pelham Water dividend cut", ""},
		{"share move's cause", []string{
			"Tolland Mining fell 6 per cent, or 9p, to 141p after the copper producer cut its final dividend.",
			"Tolland Mining blamed low copper prices.",
		}, others, "dividend cut", ""},
		{"downgrade", []string{
			"Tolland Mining fell 4 per cent to 141p after broker Rennick Hale cut its rating to 'sell'.",
			"Rennick Hale said copper prices would stay low.",
		}, others, "Tolland Mining broker downgrade", ""},
		{"purpose", []string{
			"Dunmore Brewing said it would shut its bar in Hexley and move brewing to its main site to cut costs.",
			"Dunmore Brewing shares were flat.",
		}, others, "", "cost cuts"},
		{"relative clause", []string{
			"Friends of the Corran Playhouse, which faces closure after the council cut its grant, will meet tonight.",
			"The Corran Playhouse needs £90,000 by March.",
		}, others, "", "grant cut"},
		{"object after a", []string{
			"Volunteers at Wexham allotments have cut a hole in the fence for hedgehogs.",
			"Volunteers said hedgehogs had been seen every night.",
		}, others, "", "hole cut"},
	})
}
