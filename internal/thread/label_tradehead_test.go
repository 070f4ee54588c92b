package thread

import "testing"

// TestLabelTradeHead checks, on invented items, that a firm the lead's
// subject phrase names only to describe its head by a trade ("Brantley
// Exchange-listed cider maker Orchard Vale", "Moss Bingo operator
// Kellan Group") gives the name slot to the head, and that a person's
// calling, kin or holding before a person's name does not.
func TestLabelTradeHead(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"listed-on descriptor after a conjunction", []string{
			"And Brantley Exchange-listed cider maker Orchard Vale saw its shares fall 4 per cent after reporting a drop in sales for the half year.",
			"Orchard Vale said its orchards had a poor spring.",
		}, nil, "Orchard Vale", "Brantley"},
		{"brands before an operator", []string{
			"Moss Bingo and Lucky Lanes operator Kellan Group struck a cautious tone after a loss for the year.",
		}, nil, "Kellan Group", "Moss"},
		{"capitalised function word inside a firm's name", []string{
			"Shares in winemaker Kestrel Down rose 6 per cent after it reported record sales at its cellar door.",
			"Kestrel Down said tourists had come back.",
		}, nil, "Kestrel Down", ""},
		{"owner in a compound", []string{
			"Quick Crust-owner Tamsby Group jumped 9 per cent as sales at its station kiosks picked up.",
		}, nil, "Tamsby", "Quick"},
		{"owner of a club is a person", []string{
			"Haverleigh Town owner Piotr Oskarsen has held talks with a consortium about selling the club.",
			"Haverleigh Town fans have protested for months.",
		}, nil, "Haverleigh", "Oskarsen"},
		{"a title after a comma opens no sentence", []string{
			"Cider maker Orrin Vale slipped 2 per cent after its chairman, Sir Bertram Quayle, said he would step down next year.",
			"Orrin Vale said a search for a successor had begun.",
		}, nil, "chairman quits", ""},
		{"a daughter is kin", []string{
			"Lord Pemberfield's daughter Ottilie is launching a range of hats at a show in March.",
		}, nil, "Pemberfield", ""},
	})
}

// TestTradeHead checks the trade-head rule on its own.
func TestTradeHead(t *testing.T) {
	cases := []struct {
		lead string
		want string // the subject's first word, "" for none
		head bool   // the trade-head rule moved the subject
	}{
		{"Brantley Exchange-listed cider maker Orchard Vale fell.", "Orchard", true},
		{"Moss Bingo and Lucky Lanes operator Kellan Group rose.", "Kellan", true},
		{"Tolland Ferries owner Kestle Group sold up.", "Kestle", true},
		{"Haverleigh Town manager Dara Quill was sacked.", "Town", false}, // a calling: the club stays the subject
		{"But Pennock Foods rose.", "Pennock", false},
	}
	for _, c := range cases {
		in := getInterner()
		ws := tokenizeWith(in, []string{c.lead})[0]
		putInterner(in)
		promote(ws)
		got := ""
		if at := subjectAt(ws); at >= 0 {
			got = ws[at].surface
		}
		if got != c.want {
			t.Errorf("%q: subject %q, want %q", c.lead, got, c.want)
		}
		for i := range ws {
			if ws[i].name && !ws[i].promoted && ws[i].upper {
				if head := tradeHead(ws, i) > 0; head != c.head {
					t.Errorf("%q: trade head %v, want %v", c.lead, head, c.head)
				}
				break
			}
		}
	}
}
