package actor

import "testing"

// TestNamingTraditions: names built as other languages build them keep
// their parts and lose the titles before them, as English ones do: a
// continental count's title before a name with a particle ("Count Ivo
// di Velmora" is Ivo di Velmora, who is "Ivo" later), and a Gaelic
// surname's particle makes a person's name ("Tomás Ó Brolcháin"), a
// quoted nickname joins a given name the model does not know to the
// surname ("Cathal 'Cha' Hennessy"), and a town's word for its people
// before a name is where the person is from ("Mancunian Priya Marsh").
func TestNamingTraditions(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a count and a particle", tagged: map[string]string{"Ivo di Velmora": "PER", "Ivo": "PER"},
			text: []string{"She has accepted a proposal from Count Ivo di Velmora, the wine producer.", "Ivo says the villa has four working bathrooms."},
			want: map[string]string{"Ivo di Velmora": Person}},
		{name: "a count of a German house", tagged: map[string]string{"Matthias zu Velmerode": "PER"},
			text: []string{"Her fiancé, Count Matthias zu Velmerode, wore an expression of mild alarm."},
			want: map[string]string{"Matthias zu Velmerode": Person}},
		{name: "a Gaelic particle", tagged: map[string]string{"Tomás Ó Brolcháin": "ORG", "Ó Brolcháin": "ORG", "Dingle": "LOC"},
			text: []string{"Tomás Ó Brolcháin's The Salt Year is narrated by a lighthouse keeper. Ó Brolcháin, a former fisherman from Dingle, is the first to be shortlisted."},
			want: map[string]string{"Tomás Ó Brolcháin": Person}},
		{name: "a Gaelic woman's particle", tagged: map[string]string{"Róisín Ní Bhraonáin": "ORG"},
			text: []string{"The party's spokeswoman Róisín Ní Bhraonáin rejected the plan."},
			want: map[string]string{"Róisín Ní Bhraonáin": Person}},
		{name: "a quoted nickname after an unknown given name", tagged: map[string]string{"Cathal 'Cha": "MISC", "Hennessy": "PER", "Kilkenny": "LOC"},
			text: []string{"A great career ended last night when Kilkenny's Cathal 'Cha' Hennessy announced his retirement. Hennessy is 34."},
			want: map[string]string{"Cathal Hennessy": Person}},
		{name: "a town's demonym before a name", tagged: map[string]string{"Mancunian Priya Marsh": "PER"},
			text: []string{"The new designer, 29-year-old Mancunian Priya Marsh, sent out sharp grey suits."},
			want: map[string]string{"Priya Marsh": Person}},
		{name: "a given name ending like one", tagged: map[string]string{"Julian Ada Marsh": "PER"},
			text: []string{"The prize went to Julian Ada Marsh, who is 12."},
			want: map[string]string{"Julian Ada Marsh": Person}},
	})
}

// TestWorldGivenNames: a given name of another tradition than the
// English one opens a person's name as an English one does: a firm's
// trade noun before it is the person's trade ("Developer Ravi Pellow
// said"), not the start of a firm's name.
func TestWorldGivenNames(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a trade before a Hindi given name", tagged: map[string]string{"Ravi Pellow": "PER"},
			text: []string{"Developer Ravi Pellow said almost half of the flats had been sold to first-time buyers."},
			want: map[string]string{"Ravi Pellow": Person}},
		{name: "a trade before a firm", tagged: map[string]string{"Corran Renewables": "ORG"},
			text: []string{"Developer Corran Renewables said the scheme would go ahead."},
			want: map[string]string{"Corran Renewables": Org}},
	})
}

// TestKnownAsOpening: "Known to everyone … as X" opening a paragraph
// gives the person named before it a nickname, not a person of its own.
func TestKnownAsOpening(t *testing.T) {
	got := ExtractWith(paras("Ted Pellow, who has died aged 88, tended the square at the club for 40 years.", "Known to everyone in the club as Bram, he would let nobody cross it in outdoor shoes."),
		fakeNER(map[string]string{"Ted Pellow": "PER", "Bram": "LOC"}))
	for _, a := range got {
		if a.Kind == Person && a.Name == "Bram" {
			t.Errorf("Bram is a person of its own: %s", summary(got))
		}
	}
}

// TestBodyOpeners: a word that opens bodies' names in another language
// than English makes the name a body's, whatever the tagger read, and
// the rest of the name alone is its short name.
func TestBodyOpeners(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a Welsh school", tagged: map[string]string{"Ysgol Bryn Velyn": "PER", "Gwynedd Council": "ORG"},
			text: []string{"Gwynedd Council will vote on a plan to move its 31 pupils to Ysgol Bryn Velyn, four miles away."},
			want: map[string]string{"Ysgol Bryn Velyn": Org}},
		{name: "a club and its short name", tagged: map[string]string{"Atlético Velmo": "LOC", "Velmo": "PER", "Tiago Marrancos": "PER"},
			text: []string{"Tiago Marrancos scored 23 goals for Atlético Velmo last season.", "Velmo want £38m for the striker."},
			want: map[string]string{"Atlético Velmo": Org, "Velmo": Org}},
	})
}
