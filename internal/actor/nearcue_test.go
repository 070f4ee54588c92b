package actor

import (
	"testing"

	"github.com/storyline/storyline/internal/nlp"
)

// TestNearCues: a venue noun, a price, a firm's staff, a share move, an
// article before a modifier or a lone noun, a councillor's title and a
// firm's head noun outweigh a tagger's reading of a person.
func TestNearCues(t *testing.T) {
	// c runs text on a fake tagger that marks the given phrases as
	// people, so that each rule alone decides.
	c := func(name, text string, tagged []string, kinds ...string) nameRuleCase {
		tags := map[string]string{}
		for _, p := range tagged {
			tags[p] = "PER"
		}
		want := map[string]string{}
		for i := 0; i+1 < len(kinds); i += 2 {
			want[kinds[i]] = kinds[i+1]
		}
		return nameRuleCase{name: name, text: []string{text}, tagged: tags, want: want}
	}
	runNameRules(t, []nameRuleCase{
		c("a venue noun before a name", "They dined at the Thai restaurant Bao Lun Sing in Hoxton on Friday.",
			[]string{"Bao Lun Sing"}, "Bao Lun Sing", Place),
		c("a venue in apposition", "Chef Ivo Marr has shut his Harnby restaurant, Tallow, after a year of losses.",
			[]string{"Ivo Marr", "Tallow"}, "Tallow", Place, "Ivo Marr", Person),
		c("the owner of a venue in apposition", "The owner of the restaurant, Ada Fenwick, said takings had halved.",
			[]string{"Ada Fenwick"}, "Ada Fenwick", Person),
		c("a person at a venue", "At the bar, Ada Fenwick, a regular, ordered the last round.",
			[]string{"Ada Fenwick"}, "Ada Fenwick", Person),
		c("a role before a name is no venue", "The restaurant critic Ada Fenwick gave the place two stars.",
			[]string{"Ada Fenwick"}, "Ada Fenwick", Person),
		c("a price before a brand", "She wore a £240 Livia Marchetti swimsuit to the launch.",
			[]string{"Livia Marchetti"}, "Livia Marchetti", Other),
		c("a price before a person's words", "It cost £240, Livia Marchetti said on Monday.",
			[]string{"Livia Marchetti"}, "Livia Marchetti", Person),
		c("staff from a firm", "Administrators from Harlan Voss said the shops would stay open.",
			[]string{"Harlan Voss"}, "Harlan Voss", Org),
		c("analysts at a firm", "Analysts at Carver Bligh cut their target price to 140p.",
			[]string{"Carver Bligh"}, "Carver Bligh", Org),
		c("a letter from a person", "A letter from Harlan Voss was read out in court.",
			[]string{"Harlan Voss"}, "Harlan Voss", Person),
		c("a share move after the clause", "Tallow Ridge was the day's best performer, surging 12.5 per cent to 84p.",
			[]string{"Tallow Ridge"}, "Tallow Ridge", Org),
		c("a move of a person's own", "Tallow Rigby was the best runner, finishing 12 seconds clear.",
			[]string{"Tallow Rigby"}, "Tallow Rigby", Person),
		c("a research firm", "The market will double by 2030, according to Tarrow Research.",
			[]string{"Tarrow Research"}, "Tarrow Research", Org),
		c("a possessive before a name", "The actor hopes to repeat his Silver Harp success at next month's awards.",
			[]string{"Silver Harp"}, "Silver Harp", Other),
		c("a possessive before a kinship noun", "The actor thanked his wife Silva Harper for her support.",
			[]string{"Silva Harper"}, "Silva Harper", Person),
		{name: "from a body to a name", text: []string{"His £20million move from Castlebridge to Morton Vale went through on Friday."},
			tagged: map[string]string{"Castlebridge": "ORG", "Morton Vale": "PER"}, want: map[string]string{"Morton Vale": Org}},
		{name: "from a person to a person", text: []string{"The title passed from Ada Morton to Cyril Vale on Friday."},
			tagged: map[string]string{"Ada Morton": "PER", "Cyril Vale": "PER"}, want: map[string]string{"Cyril Vale": Person}},
		c("a village prefix after in", "The pop star chose the church in Little Harnby for her wedding next spring.",
			[]string{"Little Harnby"}, "Little Harnby", Place),
		c("a given name after the prefix", "The crowd in Little Richard's home town cheered for his return.",
			[]string{"Little Richard"}, "Little Richard", Person),
		c("a village prefix after from", "A gardener from Much Hadley has grown the heaviest pumpkin in the county.",
			[]string{"Much Hadley"}, "Much Hadley", Place),
		c("a given name after the prefix and from", "The song from Little Richard topped the chart for weeks.",
			[]string{"Little Richard"}, "Little Richard", Person),
		{name: "a capitalised The inside a sentence opens a title", text: []string{"She first sent him the script for The Ferryman's Last Daughter, and he put it away."},
			tagged: map[string]string{"The Ferryman's Last Daughter": "MISC"}, want: map[string]string{"Ferryman's Last Daughter": Other}},
		{name: "a band keeps the tagger's reading", text: []string{"He played guitar for The Harbour Lights before going solo."},
			tagged: map[string]string{"The Harbour Lights": "ORG"}, want: map[string]string{"Harbour Lights": Org}},
		{name: "an article makes a modifier of a name", text: []string{"A pupil from Perth has won the Grand Young Writers award for a story about her brother."},
			tagged: map[string]string{"Grand Young Writers": "ORG"}, want: map[string]string{"Grand Young Writers": Org}},
		{name: "a name of its own keeps the pronoun", text: []string{"Elsie Marr won the award for a story about her brother."},
			tagged: map[string]string{"Elsie Marr": "ORG"}, want: map[string]string{"Elsie Marr": Person}},
		{name: "the noun of a nationality is no person", text: []string{"The Pole, who joined from Dortmund in the summer, took the phones away."},
			tagged: map[string]string{"Pole": "MISC"}, want: map[string]string{"Pole": Other}},
		c("a councillor's title", "Planning chairman Cllr Rhona Pettigrew said the scheme would go ahead.",
			[]string{"Rhona Pettigrew"}, "Rhona Pettigrew", Person),
	})
}

// TestPairedGivenName: a given name the tagger read as a place, joined
// by "and" alone to a person's full name, is a person; in a longer list
// it keeps the tagger's reading.
func TestPairedGivenName(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "after a full name", text: []string{"Rufus Hale and Bella have been married for 19 years."},
			tagged: map[string]string{"Rufus Hale": "PER", "Bella": "LOC"}, want: map[string]string{"Bella": Person}},
		// Before the full name she shares his surname (see sharedSurname).
		{name: "before a full name", text: []string{"Bella and Rufus Hale have been married for 19 years."},
			tagged: map[string]string{"Rufus Hale": "PER", "Bella": "LOC"}, want: map[string]string{"Bella Hale": Person}},
		{name: "a longer list", text: []string{"The tour takes in Leeds, Rufus Hale and Bella before the final."},
			tagged: map[string]string{"Rufus Hale": "PER", "Bella": "LOC", "Leeds": "LOC"}, want: map[string]string{"Bella": Place}},
	})
}

// TestEstates: a house noun after the place of a title of the story is
// the title's seat, a place; the same name with no such title stays the
// tagger's person.
func TestEstates(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "the seat of a title", text: []string{"The peacocks of Harnby Hall have upset the village.", "The Duchess of Harnby, 68, has been told to keep them quiet."},
			tagged: map[string]string{"Harnby Hall": "PER"}, want: map[string]string{"Harnby Hall": Place}},
		{name: "no title", text: []string{"The peacocks of Harnby Hall have upset the village."},
			tagged: map[string]string{"Harnby Hall": "PER"}, want: map[string]string{"Harnby Hall": Person}},
	})
}

// TestCouncillorTitle: "Cllr" is a title, not part of the name, and
// the name with the title is an alias.
func TestCouncillorTitle(t *testing.T) {
	got := ExtractWith(paras("Committee chairman Cllr Rhona Pettigrew said members had been advised."),
		fakeNER(map[string]string{"Cllr Rhona Pettigrew": "PER"}))
	a := find(got, "Rhona Pettigrew")
	if a == nil || a.Kind != Person {
		t.Fatalf("no person Rhona Pettigrew; got %s", summary(got))
	}
}

// TestFirmHead: a name ending in a firm's head noun ("Diagnostics")
// stays the firm the tagger found in the sentence, even when the tagger
// reads the name alone as a person.
func TestFirmHead(t *testing.T) {
	inText := fakeNER(map[string]string{"Corran Diagnostics": "ORG"})
	alone := fakeNER(map[string]string{"Corran Diagnostics": "PER"})
	tagger := func(text string) []nlp.Entity {
		if text == "Corran Diagnostics" {
			return alone(text)
		}
		return inText(text)
	}
	got := ExtractWith(paras("Corran Diagnostics more than doubled in value this week after it won a contract."), tagger)
	if a := find(got, "Corran Diagnostics"); a == nil || a.Kind == Person {
		t.Errorf("Corran Diagnostics read as a person or lost; got %s", summary(got))
	}
}
