package thread

import "testing"

// TestLabelOpenerName checks, on invented items, that a name opening
// its paragraph (so capitalised like any sentence opener) still names
// the thread when the story never writes it in lower case, while a
// common word opening a sentence stays no name.
func TestLabelOpenerName(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"firm opening the lead", []string{
			"Velmorra (down 5.2 per cent, or 2.1p, to 38.4p) sank near the foot of the index after Quist Brayford lowered the target price on its shares.",
		}, []string{"Miners rose as copper climbed."}, "Velmorra", "Brayford"},
		{"common opener written in lower case elsewhere", []string{
			"Harvest (a poor one this year) worried Tolland Farms, whose barley yields fell.",
			"Tolland Farms said the harvest would cut its profits.",
		}, nil, "Tolland", "Harvest"},
	})
}

// TestOpenerName checks the opener-name rule on its own.
func TestOpenerName(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		word  string
		want  bool
	}{
		{"firm before a parenthesis", []string{"Velmorra (down 5 per cent) slid."}, "Velmorra", true},
		{"lower case elsewhere", []string{"Harvest (poor) came.", "The harvest failed."}, "Harvest", false},
		{"runs into the sentence", []string{"Velmorra slid today."}, "Velmorra", false},
		{"participle opener", []string{"Turning, the market slid."}, "Turning", false},
		{"trade noun", []string{"Bookmaker, the one in town, slid."}, "Bookmaker", false},
		{"plural trade noun", []string{"Borrowers gain. Lenders, as ever, lose out."}, "Lenders", false},
		{"adverb", []string{"Meanwhile, rates rose."}, "Meanwhile", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := getInterner()
			defer putInterner(in)
			toks := tokenizeWith(in, c.paras)
			all := countTerms(toks, in.size())
			lb := newLabeler(all, newIDF(nil, len(toks), all.df))
			defer putLabeler(lb)
			lb.roles.learn(toks, in.size())
			lb.learnCase(toks)
			lb.label(toks)
			got := false
			for i := range lb.cands {
				cd := &lb.cands[i]
				if len(cd.words) == 1 && cd.words[0].surface == c.word {
					got = cd.isName()
				}
			}
			if got != c.want {
				t.Errorf("%q a name: %v, want %v", c.word, got, c.want)
			}
		})
	}
}

// TestLabelOpenerInName checks, on invented items, that a name whose
// first word opens the sentence keeps that word when the story never
// writes it in lower case (and capitalises it mid-sentence, whatever its
// ending says: "Tilly"), and that a role or modifier opening the
// sentence in front of a longer name stays out.
func TestLabelOpenerInName(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"firm opening the lead", []string{
			"Zelvane Robotics won a contract to supply warehouse arms to a German grocer.",
			"The order lifts Robotics revenue by a fifth, the company said.",
		}, []string{"Miners fell as copper slid."}, "Zelvane Robotics", ""},
		{"person opening a paragraph", []string{
			"Marisol Quenby has bought a lighthouse on the Devon coast.",
			"Quenby plans to turn the lighthouse into a studio.",
		}, nil, "Marisol Quenby", ""},
		{"a given name whose ending reads as an adverb", []string{
			"Tilly Ormesby, meanwhile, is dreaming of a white Christmas and a number one.",
			"The singer has recorded an album of carols with her grandfather. 'He nailed it in one take,' Tilly says.",
		}, nil, "Tilly Ormesby", ""},
		{"role in front of a full name", []string{
			"Actress Ida Petrie has bought a cottage near the coast.",
			"Ida Petrie said the cottage needed a new roof.",
		}, nil, "Ida", "Actress"},
	})
}

// TestLabelRoleFronted checks, on invented items, that a role the story
// also writes in lower case stays out of the name it fronts.
func TestLabelRoleFronted(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"role written in lower case too", []string{
			"The plan from Mayor Tilda Voss to pedestrianise the harbour front was approved on Monday.",
			"Tilda Voss said the mayor had listened to traders. Voss will open the scheme in May.",
		}, nil, "Tilda Voss", "Mayor"},
		{"name word never in lower case", []string{
			"The plan from Wexley Tilda Voss to pedestrianise the harbour front was approved on Monday.",
			"Tilda Voss said Wexley had listened to traders. Voss will open the scheme in May.",
		}, nil, "Wexley Tilda Voss", ""},
	})
}

// TestLabelFullInLead checks, on an invented item, that a person the
// lead names in full keeps the full name when the story goes on by the
// given name more often than a third as much as by the whole, and uses
// the surname alone too.
func TestLabelFullInLead(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"given name and surname each used alone", []string{
			"Parish councillor Anselm Quarrie has resigned after a row over the village green.",
			"Quarrie said the council had been good to him. Anselm, as the village called him, leaves after three terms.",
			"Anselm took the chair twice. Quarrie will not stand again, and Anselm will stay in the village.",
		}, []string{"Miners fell as copper slid."}, "Anselm Quarrie", ""},
	})
}
