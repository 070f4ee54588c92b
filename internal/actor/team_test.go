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
		{"town beaten", nameKindCase{us + "The Corran City Herons won when Ada Kell beat Corran City 21-14 last year.", "Corran City", Org}},
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
