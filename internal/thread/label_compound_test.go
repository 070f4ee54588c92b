package thread

import "testing"

// TestLabelCompound checks, on invented market items, that a label
// takes the noun compound of the lead sentence for its topic word, and
// not a word pair whose first word is an adjective or a capitalised
// descriptor of the name.
func TestLabelCompound(t *testing.T) {
	others := []string{
		"The FTSE 100 rose 0.4 per cent, or 31.2 points, to 7,512.6.",
		"Brimley Tiles said sales of kitchen tiles were flat over the summer.",
	}
	runLabelCases(t, []labelCase{
		{"profit warning", []string{
			"Shares in Quenby Foods slumped after the snack maker issued a profit warning.",
			"The company said profit would fall short of forecasts as the cost of oil climbs.",
			"Chief executive Marta Levenson said the warning reflected a difficult summer.",
		}, others, "profit warning", ""},
		{"adjective first", []string{
			"Ardwell Pubs told a lengthy meeting of investors that its chairman would stand down.",
			"The chairman has led the pub group for a decade. Investors asked about the chairman's successor.",
		}, others, "chairman", "lengthy"},
		{"descriptor of the name", []string{
			"Gold explorer Tarrant Hill Resources rose 12 per cent after drilling hit rich ore.",
			"The explorer said the drilling found gold at depth, and more drilling is planned.",
		}, others, "Tarrant Hill", "gold explorer"},
		{"a capital of a name", []string{
			"Fire investigators have confirmed that the blaze at the Ludgrove paper mill was caused by a faulty dryer.",
			"Ashby Fire and Rescue said the fire spread through the roof. The fire destroyed the mill's store.",
			"The mill's owner, Petra Lindqvist, said the fire had shocked the staff.",
		}, others, "fire", "Fire investigators"},
	})
}

func TestNounCompound(t *testing.T) {
	for _, tc := range []struct {
		lead string
		ok   bool
	}{
		{"The firm issued a profit warning today.", true},
		{"He told a lengthy anecdote today.", false},
		{"They are seeking talks today.", false},
	} {
		in := getInterner()
		toks := tokenizeWith(in, []string{tc.lead})
		all := countTerms(toks, in.size())
		lb := newLabeler(all, newIDF(nil, 1, all.df))
		lb.roles.learn(toks, in.size())
		lb.learnCase(toks)
		ws := toks[0]
		got := false
		for i := 0; i+1 < len(ws); i++ {
			if !ws[i].stop && !ws[i+1].stop && lb.nounCompound(ws[i:i+2]) && ws[i+1].surface != "today" {
				got = true
			}
		}
		if got != tc.ok {
			t.Errorf("%q: a noun compound: %v, want %v", tc.lead, got, tc.ok)
		}
		putLabeler(lb)
		putInterner(in)
	}
}
