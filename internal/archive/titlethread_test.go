package archive

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/storyline/storyline/internal/demo"
	"github.com/storyline/storyline/internal/link"
)

func TestOtherMatters(t *testing.T) {
	tests := []struct {
		name  string
		title string
		texts []string
		want  []bool
	}{
		{"round-up: items the headline is not about",
			"MARKET REPORT: Ferry operator sails higher after fares rise",
			[]string{
				"Shares in ferry operator Bluewake rose after it said fares would go up.",
				"Elsewhere, bakery chain Crumb & Co slipped after warning on profits.",
				"Miner Copperstone fell as output dipped.",
			},
			[]bool{false, true, true}},
		{"a word of the title keeps it",
			"Ferry fares to rise as fuel costs bite",
			[]string{
				"Bluewake will raise fares by a fifth.",
				"The operator blamed fuel costs.",
				"Islanders said the ferry was their only link.",
			},
			[]bool{false, false, false}},
		{"no thread uses two title words: all keep it",
			"Storm warning",
			[]string{"The council met.", "A warning was issued.", "Roads closed."},
			[]bool{false, false, false}},
		{"function words do not count",
			"Talks resume after strike over pay",
			[]string{
				"Union and management talks resume on Monday over the pay strike.",
				"After the match, fans went home.",
				"Rain is expected this week.",
			},
			[]bool{false, true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := make([]link.ThreadDoc, len(tt.texts))
			for i, x := range tt.texts {
				docs[i].Text = x
			}
			otherMatters(tt.title, docs)
			for i, d := range docs {
				if d.OtherMatter != tt.want[i] {
					t.Errorf("thread %d (%q): other matter %v, want %v", i+1, tt.texts[i], d.OtherMatter, tt.want[i])
				}
			}
		})
	}
}

// plainWordKeys is wordKeys written the obvious way: the words between
// runs of non-letters, of four letters or more, lower-cased and cut to
// five letters.
func plainWordKeys(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(f)) < 4 {
			continue
		}
		r := []rune(strings.ToLower(f))
		if len(r) > 5 {
			r = r[:5]
		}
		out = append(out, string(r))
	}
	return out
}

// TestEachWordKeyMatchesWordKeys checks the allocation-free walk over a
// text's word keys (which wordKeys collects) yields the keys of the
// obvious definition, on the demo stories and on odd text.
func TestEachWordKeyMatchesWordKeys(t *testing.T) {
	texts := []string{"", "a", "Fares rose; PROFITS fell", "Ünïcödé ÉCOLE straße İstanbul ΣΊΣΥΦΟΣ", "bad\xffbytes\xc3here naïveté", "x1y2z3 abcd1efgh", "日本語のテキスト 中文"}
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		texts = append(texts, a.Title)
		for _, p := range a.Paragraphs {
			texts = append(texts, p.Text)
		}
	}
	for _, text := range texts {
		var got []string
		eachWordKey(text, func(k []byte) { got = append(got, string(k)) })
		if want := plainWordKeys(text); !slices.Equal(got, want) || !slices.Equal(wordKeys(text), want) {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}
