package actor

import "testing"

// TestClubAbbreviations: a club's abbreviation after a name ("CC",
// "RFC") makes the name the club's, also where the tagger leaves the
// abbreviation out of the name.
func TestClubAbbreviations(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Stanmarsh": "PER"}, "a cricket club", "Village Cup final: Stanmarsh CC 188-6 beat Tarrow 187 by four wickets.", "Stanmarsh", Org),
		taggedCase(map[string]string{"Velby": "PER"}, "a rugby club", "Velby RFC have signed two props from Corran.", "Velby", Org),
	})
}

// TestForeignClubOpeners: a word opening clubs' names in other languages
// makes the name a club's, and "Utd" ends one as "United" does.
func TestForeignClubOpeners(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Real Velmora": "PER"}, "a Spanish club", "The striker joined Real Velmora in the summer.", "Real Velmora", Org),
		taggedCase(map[string]string{"Stade Tarrovien": "PER"}, "a French club", "Stade Tarrovien won the final.", "Stade Tarrovien", Org),
		taggedCase(map[string]string{"Hapoel Corran": "PER"}, "an Israeli club", "He scored twice for Hapoel Corran.", "Hapoel Corran", Org),
		taggedCase(map[string]string{"Tarrow Utd": "PER"}, "an abbreviated United", "Kell (Tarrow Utd) was booked.", "Tarrow Utd", Org),
	})
}
