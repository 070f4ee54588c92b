package actor

import "testing"

// TestClubSquad: in a match report, one word read as a person's that
// owns a striker or a player's full name is a club; outside sport, and
// before what a player does, it stays a person.
func TestClubSquad(t *testing.T) {
	tagged := map[string]string{"Corvale": "PER", "Drogan": "PER", "Damien Duff": "PER", "Mourin": "PER"}
	sport := " The manager said the squad scored two goals in the league match."
	runKindRows(t, tagged, [][4]string{
		{"possessive striker", "Drogan, Corvale's £24m striker, has missed three weeks." + sport, "Corvale", Org},
		{"owns a player", "Corvale's Damien Duff has been ruled out of the clash." + sport, "Corvale", Org},
		{"player acts", "Corvale scored twice before half-time." + sport, "Corvale", Person},
		{"not sport", "Drogan, Corvale's striker in the novel, says little.", "Corvale", Person},
	})
}
