package actor

import "testing"

// TestOccupationRole: a noun only a person is called by ("ringleader",
// "landlady", "choreographer", "backbencher") before a name is a role,
// split off the name the tagger read whole and making a person of the
// name it missed or read otherwise; "landlord", also a property firm's
// trade, is none.
func TestOccupationRole(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Ringleader Idris Pellow": "PER"}, "glued to the name", "Ringleader Idris Pellow, 34, of Walsall, was jailed for ten years.", "Idris Pellow", Person),
		taggedCase(map[string]string{"Choreographer Dex Amadou": "PER"}, "glued, a clause after", "Choreographer Dex Amadou, who picked up an award, will restage his routines.", "Dex Amadou", Person),
		taggedCase(map[string]string{"Tilly Penrose": "PER"}, "its in the clause", "Landlady Tilly Penrose has offered a free gallon of bitter for its safe return.", "Tilly Penrose", Person),
		taggedCase(map[string]string{}, "missed by the tagger", "Backbencher Ivo Tarrant is in the doghouse this week.", "Ivo Tarrant", Person),
		taggedCase(map[string]string{"Collegiate Rooms": "ORG"}, "landlord, a firm's trade", "Student landlord Collegiate Rooms slipped 5 per cent to 112p.", "Collegiate Rooms", Org),
	})
}
