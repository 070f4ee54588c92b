package actor

import "testing"

// TestPortrayal: a name after "as" and an indefinite article, or after
// "as the" and a description in a paragraph about the stage, is a part;
// a part named by an actor's caption, or after an actor's name and "as"
// with a description in commas, is a part, and so is every lone mention
// of a one-word part; real people described the same way stay people.
func TestPortrayal(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "as a described titled part", text: []string{"Wenna Ossory, last seen as a thunderous Lady Grisewold in Exeter, now plays a nun."},
			want: map[string]string{"Wenna Ossory": Person, "Lady Grisewold": Other}},
		{name: "as the described titled part on screen", text: []string{"The actor, 52, posted a picture of himself in a frock coat as the sinister Major Ambrose Tiller, beside his co-star on the drama's set."},
			want: map[string]string{"Ambrose Tiller": Other}},
		{name: "as the described official stays", text: []string{"The merger was approved by the board, as the outgoing chairman Peter Haldane had urged."},
			want: map[string]string{"Peter Haldane": Person}},
		{name: "actor as a titled part described in commas", text: []string{"The joy of it is Hesper Quayle as Aunt Morwen, the cousin who arrives for a christening and never leaves.", "Aunt Morwen is the best thing on stage this year."},
			want: map[string]string{"Hesper Quayle": Person, "Aunt Morwen": Other}},
		{name: "caption part spreads to lone mentions", text: []string{"The lead is sung by the soprano Delyth Ambrose, whose fisherwoman, Ysoline, grows fierce.", "Ambrose is superb when Ysoline turns on the priest.", "Delyth Ambrose as Ysoline in The Drowned Bell at the Lyceum, Sheffield"},
			want: map[string]string{"Delyth Ambrose": Person, "Ysoline": Other}},
		{name: "a given name in a real person's full name stays", text: []string{"Imelda Crake as Rosa in The Tin Sea at the Lyceum, Derby", "Rosa Penhallow, the director, said the run had sold out."},
			want: map[string]string{"Imelda Crake": Person, "Rosa Penhallow": Person}},
		{name: "a titled part's title and given name", text: []string{"The actress, 63, has told producers she wants to leave the soap next spring. Her character, the fearsome landlady Auntie Wyn Pelham, will not be killed off.", "Auntie Wyn's final scenes will be filmed in February."},
			want: map[string]string{"Auntie Wyn": Other}},
		{name: "a real aunt with another given name stays", text: []string{"The actress, 63, has told producers she wants to leave the soap next spring. Her character, the fearsome landlady Auntie Wyn Pelham, will not be killed off.", "Her Auntie Glenys, 90, watches every episode."},
			want: map[string]string{"Auntie Glenys": Person}},
	})
}
