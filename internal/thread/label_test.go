package thread

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestLabelFullNames checks, on invented items, that labels name a
// company by its full name: a capitalised function word inside the name
// stays, a descriptive sentence opener does not join it.
func TestLabelFullNames(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"function word inside a name", []string{
			"Shares in ferry operator Harbour On Sea jumped 12 per cent after it won the island contract.",
			"Harbour On Sea will run four crossings a day from March.",
			"The Sea route had been losing money for years.",
		}, nil, "Harbour On Sea", ""},
		{"shorter form used more often", []string{
			"Model maker Tinker Workshop soared after beating forecasts again.",
			"Workshop said sales of its painted figures had doubled.",
			"Analysts said Workshop was the stock of the year.",
		}, nil, "Tinker Workshop", ""},
		{"sentence opener is not part of the name", []string{
			"Miner Copperfield Resources jumped 20 per cent after striking copper in Zambia.",
			"Copperfield Resources said drilling would resume next month.",
			"Copperfield Resources shares have tripled this year.",
		}, nil, "Copperfield Resources", "Miner"},
		{"ampersand inside a name", []string{
			"Shares in retailer Hobbs & Weller fell 8 per cent after it warned on profits.",
			"Hobbs & Weller said clothing sales slumped in the wet summer.",
			"The Hobbs & Weller chairman said stores would stay open.",
		}, nil, "Hobbs & Weller", ""},
		{"ampersand name with a word that means something alone", []string{
			"Shares in Marks & Spencer fell 2 per cent after the retailer cut its dividend.",
			"Marks & Spencer said food sales held up while clothing slumped.",
		}, nil, "Marks & Spencer", ""},
		{"ampersand between lower-case words is no name", []string{
			"Profits at the bread & butter lender Kestrel Bank rose sharply.",
			"Kestrel Bank said loans to small firms doubled.",
		}, nil, "Kestrel Bank", "&"},
	})
}

// labelCase is an invented thread, the other threads of its story and
// what its label must and must not contain.
type labelCase struct {
	name    string
	paras   []string
	others  []string
	want    string // the label must contain this
	notWant string // and must not contain this ("": no check)
}

// runLabelCases labels each case's thread (no archive statistics) and
// checks its label.
func runLabelCases(t *testing.T, cases []labelCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Label(c.paras, c.others, nil)
			if !strings.Contains(got, c.want) {
				t.Errorf("label %q does not contain %q", got, c.want)
			}
			if c.notWant != "" && strings.Contains(got, c.notWant) {
				t.Errorf("label %q contains %q", got, c.notWant)
			}
		})
	}
}

// TestLabelNouns checks, on invented items, that a label pairs its name
// with a topic noun, never with an adjective, an adverb or a verb, even
// when that word is the most distinctive of the thread, and that it
// neither repeats a word nor lower-cases a name.
func TestLabelNouns(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		want   string   // the label must contain this
		banned []string // and none of these words
	}{
		{"predicative adjective", []string{
			"How awful for the family of Tamsin Reed, missing on Ben Carrow since Tuesday.",
			"An awful wait, her brother called it, as mountain rescue teams searched the ridge.",
		}, "", []string{"awful"}},
		{"comparative before than", []string{
			"Dunmore Foods reported a smaller loss than analysts had feared.",
			"Its loss was smaller than last year because flour got cheaper, Dunmore Foods said.",
		}, "Dunmore Foods loss", []string{"smaller"}},
		{"superlative", []string{
			"Coastal towns in Kelvale were hit hardest when the storm arrived.",
			"Kelvale was hit hardest of all as the harbour wall gave way.",
		}, "Kelvale", []string{"hardest"}},
		{"verb in the third person", []string{
			"This means the Harlow Mills takeover needs a nod from the regulator.",
			"It also means Harlow Mills cannot pay a dividend until then.",
		}, "Harlow Mills", []string{"means"}},
		{"hyphenated modifier", []string{
			"Questions about the stadium are now off-limits at Carla Benz briefings.",
			"Benz has kept the subject off-limits since the council vote.",
		}, "Benz", []string{"off-limits"}},
		{"nationality used as a modifier", []string{
			"Australian investors sold out of Quollmine after its copper output fell.",
			"Quollmine said Australian demand for copper would recover.",
		}, "Quollmine", []string{"Australian", "australian"}},
		{"two names read as one", []string{
			"Kian Doyle was late for the Bristol Rovers v Exeter Rovers derby on the radio.",
			"Doyle blamed derby traffic and apologised to listeners of the Bristol Rovers v Exeter Rovers show.",
		}, "derby", nil},
		{"sentence opener run into a name", []string{
			"Earlier Maria Lund defended the bottle levy against critics in the chamber.",
			"Earlier this month shopkeepers said the levy would cost them sales.",
			"Earlier Lund had promised to review the levy after a year.",
		}, "Lund", []string{"Earlier", "earlier"}},
		{"name that opens sentences", []string{
			"Pellham's new chief executive starts on Monday with the grocer under pressure.",
			"Pellham was briefly worth less than its online rival Crate.",
			"Pellham has lost online customers to Crate.",
		}, "", []string{"pellham"}}, // the rival, never in the lead, gives way (label_late.go)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Label(c.paras, nil, nil)
			if !strings.Contains(got, c.want) {
				t.Errorf("label %q does not contain %q", got, c.want)
			}
			words := strings.Fields(got)
			for _, b := range c.banned {
				if slices.Contains(words, b) {
					t.Errorf("label %q holds %q", got, b)
				}
			}
			seen := map[string]bool{}
			for _, w := range words {
				if seen[strings.ToLower(w)] {
					t.Errorf("label %q repeats %q", got, w)
				}
				seen[strings.ToLower(w)] = true
			}
		})
	}
}

// TestEventStemsTokenized checks that the stemmer alone gives the stems
// the tokenizer gives the event nouns.
func TestEventStemsTokenized(t *testing.T) {
	want := map[string]bool{}
	for _, p := range tokenizeAll([]string{eventNouns}) {
		for _, w := range p {
			want[w.stem] = true
			if w.lex&lexEvent == 0 {
				t.Errorf("%q (stem %q) is not marked an event", w.surface, w.stem)
			}
		}
	}
	if !maps.Equal(eventStems, want) {
		t.Errorf("eventStems = %v, want %v", eventStems, want)
	}
}
