package actor

import "testing"

// TestTeamVerbPlace: a one-word name read as a place that the gazetteer
// does not know and that opens its clause before a plural verb is a band,
// a team or a firm; a place the gazetteer knows stays a place.
func TestTeamVerbPlace(t *testing.T) {
	stubKnownTypes(t, map[string][]string{"Tarnby": {"LOC"}})
	tagged := map[string]string{"Orrina": "LOC", "Tarnby": "LOC"}
	runKindRows(t, tagged, [][4]string{
		{"a band", "Orrina have smashed the record for sales in one week.", "Orrina", Org},
		{"a known place", "Tarnby have smashed the record for sales in one week.", "Tarnby", Place},
	})
}
