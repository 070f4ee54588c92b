package thread

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/devdata"
)

func TestSentenceCount(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"", 0},
		{"The ferry sailed at dawn.", 1},
		{"The ferry sailed at dawn. Nobody waved.", 2},
		{"Mr. Pellow boarded late. He sat alone! Why? Nobody knew.", 4},
		{"J. R. Hallam of Dunmore Co. said little about it.", 1},
		{"It cost 4.5m. \"Too much,\" said one.", 2},
		{"It was built in 1820. 40 people lived there.", 2},
		{"She said so. and then left.", 1},
		{"Prices rose (again.) Then they fell.", 2},
	}
	for _, tc := range tests {
		if got := sentenceCount(tc.text); got != tc.want {
			t.Errorf("sentenceCount(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func TestLeadLike(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"A small ferry company in the northern isles has cancelled its winter sailings after a row over fuel costs.", true},
		{"Two rival bakeries in Harwick are to merge next spring, creating the largest employer in the valley.", true},
		{"The county council has withdrawn its plan to close three village libraries after a public outcry.", true},
		{"The ferry firm has cancelled sailings.", false},                                                                         // too short for a lead
		{"A ferry company in the isles has cancelled sailings.", true},                                                            // short, but it tells news
		{"A ferry company in the isles cancelled its sailings today.", false},                                                     // short without a telling verb
		{"He has cancelled the winter sailings of the small ferry company after a long row over fuel costs.", false},              // points back
		{"But the county council has withdrawn its plan to close three village libraries after a public outcry.", false},          // carries on
		{"Councillor Mary Dunn said the plan \"has failed the villages\" and should never have been put forward.", false},         // quotes
		{"The ferry company may have cancelled its winter sailings to save money on fuel over the quiet months.", false},          // reasons, not reports
		{"The ferry company cancelled its winter sailings to save money on fuel over the quiet months of the year.", false},       // no telling verb
		{"A small ferry company in the northern isles has cancelled its winter sailings after a row over fuel costs", false},      // no full stop
		{"There has been a sharp rise in the number of ferry passengers travelling to the northern isles this year.", false},      // "There has been" opens no report
		{"The harbour board has called the new ferry timetable \"unworkable\" after a winter of cancelled crossings.", true},      // a short quote is part of a lead
		{"The harbour board said the timetable \"has been shown to fail every island family who needs it\" this year.", false},    // a long quote reports speech
		{"\"Unworkable\" is how the harbour board has described the new ferry timetable after a winter of cancellations.", false}, // opens with a quotation
		{"Councillor Dunn should never have been put in charge of the ferry budget, the harbour board told its members.", false},  // "should never have" reasons
		{"Five hundred jobs have been saved at the Harwick works after a rescue deal was agreed late on Tuesday night.", true},    // passive perfect
	}
	for _, tc := range tests {
		if got := leadLike(tc.text); got != tc.want {
			t.Errorf("leadLike(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestLeadUnits(t *testing.T) {
	lead1 := "A small ferry company in the northern isles has cancelled its winter sailings after a row over fuel costs."
	lead2 := "Two rival bakeries in Harwick are to merge next spring, creating the largest employer in the valley."
	body := "The ferry firm said it could not cover its fuel costs. Islanders were angry at the news."
	line := "The ferry firm said it could not cover its fuel costs."
	// leads told by their names alone, the next unit carrying on or not
	named := "Veteran potter Elsa Marwick opened a studio in Tullochan for young makers from across the glens."
	pottery := "The studio will take twelve potters a year. Marwick said young makers need a kiln and a studio of their own."
	unrelated := "Bus fares rise in April. Drivers were told on Monday."
	seenNamed := "The fuel row was raised in Harwick and the northern isles at a meeting of the ferry company board."
	tests := []struct {
		name  string
		units []string
		want  []bool
	}{
		{"two reports", []string{lead1, body, body, lead2, body}, []bool{true, false, false, true, false}},
		{"one report", []string{lead1, body, body, body}, nil},
		{"a sentence a line gives leads no contrast", []string{lead1, line, line, lead2, line}, nil},
		{"too short", []string{lead1, lead2}, nil},
		{"new names carried on", []string{lead1, body, named, pottery}, []bool{true, false, true, false}},
		{"new names not carried on", []string{lead1, body, named, unrelated}, nil},
		{"names seen before", []string{lead2, body, seenNamed, body}, nil},
		{"names alone need the rule on", []string{lead1, body, named, pottery, body}, nil},
	}
	for i, tc := range tests {
		o := Options{}.withDefaults()
		if i == len(tests)-1 {
			o.LeadNext = -1
		}
		toks := tokenizeAll(tc.units)
		vs, _, _ := unitVectors(toks, o)
		if got := leadUnits(tc.units, toks, vs, o); !slices.Equal(got, tc.want) {
			t.Errorf("%s: leadUnits = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestLeadApart: two reports on one theme, each opening with a lead,
// compare just closely enough to be merged; their leads keep them
// apart, while a story whose clusters hold one lead between them is
// clustered as before.
func TestLeadApart(t *testing.T) {
	unit := unitVec
	// two clusters of two units whose centroids have cosine 0.385
	vs := []vec{unit(1, 0.2), unit(1, 0.2), unit(0.2, 1), unit(0.2, 1)}
	link := []float64{0, 0.02, 0, 0.02}
	tests := []struct {
		name      string
		leads     []bool
		leadApart float64
		want      []int
	}{
		{"each report has its lead", []bool{true, false, true, false}, 0, []int{0, 0, 1, 1}},
		{"rule off", []bool{true, false, true, false}, -1, []int{0, 0, 0, 0}},
		{"one lead only", []bool{true, false, false, false}, 0, []int{0, 0, 0, 0}},
	}
	for _, tc := range tests {
		o := Options{StoryPrior: -1, SmallPull: -1, LeadApart: tc.leadApart}.withDefaults()
		sz := sizing{words: []float64{80, 80, 80, 80}, total: 320, marked: make([]bool, 4), returns: make([]bool, 4), leads: tc.leads}
		if o.LeadApart < 0 {
			sz.leads = nil
		}
		got := reattach(vs, []int{0, 2}, link, nil, nil, sz, o, new(summer))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestLeadPrecisionBBC: on the BBC developer articles, the paragraphs
// leadLike accepts among one-sentence paragraphs are mostly first
// paragraphs, and it finds a good share of them.
func TestLeadPrecisionBBC(t *testing.T) {
	path := devdata.Path(t, "bbc-news/bbc-news.jsonl")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var firstHit, firstAll, laterHit int
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var a struct{ Body string }
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		k := 0
		for _, p := range strings.Split(a.Body, "\n\n") {
			if p = strings.TrimSpace(p); p == "" {
				continue
			}
			hit := sentenceCount(p) == 1 && leadLike(p)
			if k == 0 {
				firstAll++
				if hit {
					firstHit++
				}
			} else if hit {
				laterHit++
			}
			k++
		}
	}
	prec := float64(firstHit) / float64(firstHit+laterHit)
	rec := float64(firstHit) / float64(firstAll)
	t.Logf("leads: precision %.3f, recall %.3f (%d first, %d later)", prec, rec, firstHit, laterHit)
	if prec < 0.9 || rec < 0.3 {
		t.Errorf("lead precision %.3f, recall %.3f: want at least 0.9 and 0.3", prec, rec)
	}
}

// TestLeadResume: report A's lead and first paragraph, report B, then the
// rest of A, which is more like A than like B but not enough to rejoin
// it by words alone. In a digest of reports it rejoins A when it opens
// in mid-report (a unit of several sentences), not when it opens like a
// report of its own.
func TestLeadResume(t *testing.T) {
	unit := unitVec
	// dimension 0: report A, 1: report B, 2: words of A's rest alone
	vs := []vec{unit(1, 0, 0), unit(1, 0, 0), unit(0, 1, 0), unit(0, 1, 0), unit(0.3, 0, 1), unit(0.3, 0, 1)}
	link := []float64{0, 0.02, 0, 0.02, 0, 0.02}
	leads := []bool{true, false, true, false, false, false}
	tests := []struct {
		name   string
		body   []bool
		resume float64
		want   []int
	}{
		{"the rest of A opens in mid-report", []bool{false, true, false, true, true, true}, 0, []int{0, 0, 1, 1, 0, 0}},
		{"rule off", []bool{false, true, false, true, true, true}, -1, []int{0, 0, 1, 1, 2, 2}},
		{"it opens like a report of its own", []bool{false, true, false, true, false, true}, 0, []int{0, 0, 1, 1, 2, 2}},
	}
	for _, tc := range tests {
		o := Options{StoryPrior: -1, SmallPull: -1, LeadResume: tc.resume}.withDefaults()
		sz := sizing{words: []float64{30, 80, 30, 80, 80, 80}, total: 380, marked: make([]bool, 6), returns: make([]bool, 6), leads: leads}
		if o.LeadResume > 0 {
			sz.body = tc.body
		}
		got := reattach(vs, []int{0, 2, 4}, link, nil, nil, sz, o, new(summer))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestQuoteIndex checks the one-pass scan against the strings.IndexAny
// it stands for.
func TestQuoteIndex(t *testing.T) {
	for _, s := range []string{
		"", "plain", `"opens`, `closes"`, "“curly”", "mid“way", "it’s ‘single’", "Ærø “x”",
		"\xe2\x80", "\xe2\x80\x9d", "ab\xe2\x80\x9c", "\xe2\xe2\x80\x9c", "\xff\"", "—“",
	} {
		if got, want := quoteIndex(s), strings.IndexAny(s, "\"“”"); got != want {
			t.Errorf("quoteIndex(%q) = %d, IndexAny says %d", s, got, want)
		}
	}
}
