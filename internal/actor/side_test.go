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

// TestTownNamed: a name ending in "Town" or "City" with no given name
// first is a club where a side stands and a place elsewhere, never a
// person.
func TestTownNamed(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Corran United": "ORG", "Tarrow Town": "PER"}, "a side hosted", "Corran United host Tarrow Town on Sunday.", "Tarrow Town", Org),
		taggedCase(map[string]string{"Tarrow Town": "PER", "Gil Pike": "PER"}, "before a role", "Tarrow Town manager Gil Pike has banned gloves.", "Tarrow Town", Org, "Gil Pike", Person),
		taggedCase(map[string]string{"Velby City": "PER"}, "a place", "She grew up on the streets of Velby City.", "Velby City", Place),
	})
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"Tarrow", "Town"}, true},
		{[]string{"Ada", "Town"}, false},
		{[]string{"Tarrow"}, false},
	} {
		if got := townNamed(c.words); got != c.want {
			t.Errorf("townNamed(%v) = %v, want %v", c.words, got, c.want)
		}
	}
}
