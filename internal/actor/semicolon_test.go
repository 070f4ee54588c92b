package actor

import "testing"

// TestSemicolonEndsName: a span the tagger runs across a semicolon is two
// names, not one person called by both.
func TestSemicolonEndsName(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a line-up's positions", text: []string{"Tarrow: Walder; May, Tait, Stephenson; Wilkinson, Grindal, Dowson."},
			tagged: map[string]string{"Walder": "PER", "Stephenson; Wilkinson": "PER", "Grindal": "PER"},
			want:   map[string]string{"Stephenson": Person, "Wilkinson": Person},
			absent: []string{"Stephenson Wilkinson", "Stephenson; Wilkinson"}},
		{name: "two full names", text: []string{"The guests were Tom Baxter; Anna Price; and Will Hardy."},
			tagged: map[string]string{"Tom Baxter; Anna Price": "PER", "Will Hardy": "PER"},
			want:   map[string]string{"Tom Baxter": Person, "Anna Price": Person},
			absent: []string{"Tom Baxter Anna Price", "Baxter Anna"}},
		{name: "no semicolon, no cut", text: []string{"The guests were Tom Baxter and Will Hardy."},
			tagged: map[string]string{"Tom Baxter": "PER", "Will Hardy": "PER"},
			want:   map[string]string{"Tom Baxter": Person, "Will Hardy": Person}},
	})
}

// TestSplitSemicolons checks the cut spans themselves.
func TestSplitSemicolons(t *testing.T) {
	toks := appendTokens(nil, "Ward; Gross, Hamilton; McCarthy", nil)
	got := splitSemicolons(toks, []span{{s: 0, e: 3, typ: "PER"}, {s: 4, e: len(toks), typ: "ORG"}})
	want := []span{{s: 0, e: 1, typ: "PER"}, {s: 2, e: 3, typ: "PER"}, {s: 4, e: 5, typ: "ORG"}, {s: 6, e: 7, typ: "ORG"}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d = %v, want %v", i, got[i], want[i])
		}
	}
}

// TestSplitAtIn: a span the tagger read as one person's name across a
// lower-case "in" is two names, the second a place.
func TestSplitAtIn(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a hotel in a town", tagged: map[string]string{"Lady Maud Hotel in Corran Vale": "PER"},
			text:   []string{"Protesters gathered outside the Lady Maud Hotel in Corran Vale on Saturday."},
			want:   map[string]string{"Corran Vale": Place},
			absent: []string{"Lady Maud Hotel in Corran Vale"}},
	})
}
