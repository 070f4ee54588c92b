package actor

import "testing"

// TestLeagueInitials: a league's initials ("NBA") count among the words
// of American games, so that a town standing where a side does is the
// team, even one the gazetteer knows only as a place.
func TestLeagueInitials(t *testing.T) {
	stubKnownTypes(t, map[string][]string{"Tarnby": {"LOC"}})
	tagged := map[string]string{"Tarnby": "LOC", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a league's initials", "Ada Kell scored 20 points and had 12 rebounds as top-ranked Tarnby won again in the NBA.", "Tarnby", Org},
		{"no league", "Ada Kell scored 20 points and had 12 rebounds as top-ranked Tarnby won again in the final.", "Tarnby", Place},
	})
}
