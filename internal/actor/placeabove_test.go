package actor

import "testing"

// TestPlaceAbove: a name on the side of a hill or above, below or in
// view of the land and its buildings is a place; a party's side and a
// ranking above a person leave a person.
func TestPlaceAbove(t *testing.T) {
	tagged := map[string]string{"Carn Velyn": "LOC", "Lampridge": "PER", "Tarrow": "PER", "Sarah Marsh": "PER", "Ada Kell": "PER", "Velby Crag": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"the side of a hill", "Rescuers found him sheltering behind a wall on the side of Carn Velyn.", "Carn Velyn", Place},
		{"the north side of", "Walkers were stranded on the north side of Velby Crag overnight.", "Velby Crag", Place},
		{"land above a town", "She runs 400 ewes on rented land above Lampridge and the river.", "Lampridge", Place},
		{"a cottage overlooking", "The couple bought a cottage overlooking Tarrow in 2019.", "Tarrow", Place},
		{"high above", "The farm sits on the hills high above Tarrow, she said.", "Tarrow", Place},
		{"a party's side", "The judge came down on the side of Sarah Marsh in the end.", "Sarah Marsh", Person},
		{"ranked above a person", "She finished the season ranked above Ada Kell for the first time.", "Ada Kell", Person},
	})
}

// TestCountyHead: a name ending in "County", "Township" or "Parish" is
// a place's (or a club's), never a person's, even after a given name.
func TestCountyHead(t *testing.T) {
	runKindRows(t, map[string]string{"Franklin County": "PER", "Tarrow Township": "PER"}, [][4]string{
		{"a county", "The court found that the map split Franklin County three ways for no reason.", "Franklin County", Place},
		{"a township", "Voters in Tarrow Township backed the plan.", "Tarrow Township", Place},
	})
}
