package actor

import "testing"

// TestFromPlaceBeforeAnd: after a person's name and age, "of" a place
// closed by "and" and the next person of a list names where the first
// lives; without an age the "of" may be a firm's and is left alone.
func TestFromPlaceBeforeAnd(t *testing.T) {
	tagged := map[string]string{"Paul Reve": "PER", "Silver Heights": "PER", "Alan Stone": "PER", "Corran Township": "LOC",
		"Ada Kell": "PER", "Tarrow Marsh": "PER", "Bo Pike": "PER"}
	runNameRules(t, []nameRuleCase{
		{name: "age, of, and", text: []string{"The victims were named as Paul Reve, 47, of Silver Heights and Alan Stone, 48, of Corran Township."},
			tagged: tagged, want: map[string]string{"Silver Heights": Place, "Paul Reve": Person, "Alan Stone": Person}},
		{name: "no age", text: []string{"Ada Kell of Tarrow Marsh and Bo Pike spoke at the meeting."},
			tagged: tagged, want: map[string]string{"Ada Kell": Person, "Bo Pike": Person}},
	})
}

// TestPositionShort: a player's position written short before a name of
// two words is split off as a rank, after the team's name too; before a
// lone surname the capitals may be initials and stay.
func TestPositionShort(t *testing.T) {
	tagged := map[string]string{"Chiefs WR Cal Hensley": "ORG", "DT Bo Marsh": "PER", "DB Kell": "PER"}
	runNameRules(t, []nameRuleCase{
		{name: "position and team", text: []string{"Notes: Chiefs WR Cal Hensley (left knee) and DT Bo Marsh (left foot) left with injuries."},
			tagged: tagged, want: map[string]string{"Cal Hensley": Person, "Bo Marsh": Person}},
		{name: "initials", text: []string{"The hijacker known as DB Kell was never found."},
			tagged: tagged, want: map[string]string{"DB Kell": Person}},
	})
}
