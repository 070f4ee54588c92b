package actor

import "testing"

// TestTeamsNamedWithNicknames checks that in a sports story a name
// ending in a team's plural nickname, the nickname alone and, in a story
// about American games, the team's town or school where a side stands
// are the team, while venues, contests, peoples and stories about other
// things keep their kinds.
func TestTeamsNamedWithNicknames(t *testing.T) {
	fakeLexicon(t)
	stubKnownTypes(t, map[string][]string{"Velmora": {"LOC"}}) // a country's name, to the model
	const us = "The quarterback threw two touchdowns and the coach praised the playoff push. "
	const uk = "The striker scored twice and the manager praised the league leaders. "
	tagged := map[string]string{"Corran City Herons": "LOC", "Herons": "MISC", "Corran City": "LOC", "Tarrow": "MISC",
		"Velmora": "LOC", "Six Nations": "MISC", "Americans": "MISC", "Ada Kell": "PER"}
	checkNamedKinds(t, tagged, []namedKindCase{
		{"whole name after the", nameKindCase{us + "Ada Kell led the Corran City Herons to a 21-14 win.", "Corran City Herons", Org}},
		{"nickname after the", nameKindCase{uk + "The Herons beat the leaders, and the Herons now top the table.", "Herons", Org}},
		{"town beaten", nameKindCase{us + "The Herons won when Ada Kell beat Corran City 21-14 last year.", "Corran City", Org}},
		{"town as venue", nameKindCase{us + "The Corran City Herons won, and the fans in Corran City cheered.", "Corran City", Place}},
		{"school with its record", nameKindCase{us + "Ada Kell and Tarrow (25-7) will play on Saturday.", "Tarrow", Org}},
		{"ranked place in American games", nameKindCase{us + "Ada Kell led top-ranked Velmora to the title.", "Velmora", Org}},
		{"American by its players' words", nameKindCase{"The linebacker gained 40 yards rushing, and the coach praised the scoring. Ada Kell led top-ranked Velmora to the title.", "Velmora", Org}},
		{"country's side elsewhere", nameKindCase{uk + "Ada Kell led top-ranked Velmora against the hosts.", "Velmora", Place}},
		{"no sports story", nameKindCase{"The bird survey found that the Herons of the lake had left, the council said.", "Herons", Other}},
		{"a contest of six", nameKindCase{uk + "Ada Kell will miss the Six Nations this spring.", "Six Nations", Other}},
		{"a people", nameKindCase{us + "Ada Kell said the Americans were happy.", "Americans", ""}},
	})
}

// TestTeamTownJoinsTeam checks that a team's town read as a body joins
// the team's full name in the story, and that a town read as the venue
// stays apart.
func TestTeamTownJoinsTeam(t *testing.T) {
	fakeLexicon(t)
	const us = "The quarterback threw two touchdowns and the coach praised the playoff push. "
	tagged := map[string]string{"Corran City Herons": "ORG", "Corran City": "LOC", "Ada Kell": "PER"}
	tests := []struct {
		name, para string
		joined     bool
	}{
		{"the side", us + "The Corran City Herons won again. Ada Kell said Corran City beat the leaders 21-14.", true},
		{"the venue", us + "The Corran City Herons won again. Ada Kell said the fans in Corran City cheered.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.para), fakeNER(tagged))
			team := find(got, "Corran City Herons")
			if team == nil {
				team = find(got, "Corran City")
			}
			joined := team != nil && (has(team.Aliases, "Corran City") || has(team.Aliases, "Corran City Herons"))
			if joined != tt.joined {
				t.Errorf("joined = %v, want %v; actors %s", joined, tt.joined, summary(got))
			}
		})
	}
}

// TestTeamPluralNames: a name ending in a plural the tagger read as a
// body is a team's, not a person's the tagger reads alone ("Corran
// Falcons"), and a name in apposition to a possessive's club is the
// club, whatever pronoun follows ("Pugh's club, Corran Harlequins, said
// he").
func TestTeamPluralNames(t *testing.T) {
	runKindRows(t, map[string]string{"Corran Falcons": "ORG", "Corran Harlequins": "ORG", "Okoro": "PER", "Pugh": "PER"}, [][4]string{
		{"a plural team name", "Okoro, 41, led Corran Falcons to two league titles and replaces a coach who left.", "Corran Falcons", Org},
		{"a club in apposition", "Pugh's club, Corran Harlequins, said he would have surgery this week.", "Corran Harlequins", Org},
	})
}

func TestPluralShaped(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"falcons", true}, {"harlequins", true}, {"sharks", true},
		{"fabregas", false}, {"santos", false}, {"williams", true}, {"hollis", false}, {"ross", false}, {"rs", false},
	} {
		if got := pluralShaped(c.w); got != c.want {
			t.Errorf("pluralShaped(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
