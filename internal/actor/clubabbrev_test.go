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
