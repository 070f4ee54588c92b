package thread

import "testing"

// TestLabelReopening checks, on invented items, that a lead telling a
// reopening by its verb ends the label with "reopening" after what
// reopens (or "opening" after a place that opens itself, not after one
// that opens something), that a topic set off by commas before the verb
// is not taken for it, and that a share of what a firm reopened gives
// way to the thing itself.
func TestLabelReopening(t *testing.T) {
	others := []string{
		"The FTSE 100 rose 0.4 per cent as miners gained ground.",
		"Shares in Stourby Homes rose after reservations ran ahead of last year.",
	}
	runLabelCases(t, []labelCase{
		{"a subject reopens", []string{
			"The Marlow Street swimming pool will reopen on Monday after a two-year refit costing £4million.",
			"Swimmers said the swimming pool had been missed.",
		}, others, "reopening", ""},
		{"a named place has reopened", []string{
			"After a flood and a year of repairs, the Quillby Playhouse has reopened its doors to audiences.",
			"The Quillby Playhouse will stage a pantomime first.",
		}, others, "Quillby Playhouse reopening", "flood"},
		{"the cause between commas is not what reopens", []string{
			"The Tarnworth Corn Exchange, shut since a fire gutted its roof, will reopen in March.",
			"The Tarnworth Corn Exchange will hold a craft fair first; the fire started in a kitchen.",
		}, others, "Tarnworth Corn Exchange reopening", "fire"},
		{"a place opens to traffic", []string{
			"The £40million Harnby bypass opens to traffic at 6am tomorrow, a year late.",
			"Drivers have waited ten years for the Harnby bypass.",
		}, others, "Harnby bypass opening", ""},
		{"what a subject opens is no opening", []string{
			"The regulator has opened an investigation into Tolwick Bet over its handling of problem gamblers.",
			"Tolwick Bet said it would co-operate.",
		}, others, "", "opening"},
		{"a chain opens shops", []string{
			"Bakery chain Crumbwell opened 30 new shops last year and plans more.",
			"Crumbwell said the shops were doing well.",
		}, others, "", "opening"},
		{"a reopening in a clause of time", []string{
			"Kestford manager Alan Pryde is close to signing a new striker when the transfer window reopens.",
			"Pryde said the striker would add pace.",
		}, others, "", "reopening"},
		{"a share of what a firm reopened", []string{
			"Pub chain Greymoor rose 3 per cent after saying it has reopened more than 80 per cent of its pubs.",
			"Greymoor said trade at the pubs was better than expected.",
		}, others, "pub reopening", ""},
	})
}

// TestShareWord checks which words say how much of a phrase a verb
// takes.
func TestShareWord(t *testing.T) {
	for _, c := range []struct {
		text string
		at   int
		want bool
	}{
		{"more than 90 per cent of its pubs", 0, true},
		{"more than 90 per cent of its pubs", 2, true}, // "per" (the figure is no token)
		{"more than 90 per cent of its pubs", 3, true}, // "cent" before "of"
		{"almost half of its stores", 0, true},
		{"more customers than ever", 0, false},
		{"about the plan", 0, false},
	} {
		ws := tokenizeAll([]string{c.text})[0]
		if got := shareWord(ws, c.at); got != c.want {
			t.Errorf("%q word %d (%q): got %v, want %v", c.text, c.at, ws[c.at].surface, got, c.want)
		}
	}
}
