package actor

import "testing"

// TestSidesNamedAfterTowns checks that in a match report a town that
// plays, beats or hosts is the club, while venues, countries' sides and
// stories about other things keep the place.
func TestSidesNamedAfterTowns(t *testing.T) {
	fakeLexicon(t)
	const report = "The striker scored twice and the manager praised the league leaders. "
	tagged := map[string]string{"Kelbrook": "LOC", "Tarrow Rovers": "ORG", "Marlow": "LOC", "Ada Kell": "PER"}
	tests := []nameKindCase{
		{report + "Tarrow Rovers drew with Kelbrook on Saturday.", "Kelbrook", Org},
		{report + "Tarrow Rovers lost 2-1 away to Kelbrook.", "Kelbrook", Org},
		{report + "Kelbrook manager Ada Kell was pleased.", "Kelbrook", Org},
		{report + "Kell (Kelbrook) and Bell (Marlow) are in the squad.", "Marlow", Org},
		{report + "The final will be played in Kelbrook next month.", "Kelbrook", Place},
		{report + "The squad travel to Kelbrook next week.", "Kelbrook", Place},
		{"The council will host Kelbrook delegates, the mayor said.", "Kelbrook", Place},
	}
	checkNameKinds(t, tagged, tests)
}
