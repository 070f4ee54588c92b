package index

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/storyline/storyline/internal/demo"
)

// TestSpansWindowsAgree checks that highlighting only the stretches that
// hold a term's start finds exactly the spans a full analysis of the text
// finds, for queries made of words of the demo articles (single words,
// pairs, phrases, a must-not) and for texts with non-ASCII spaces and
// punctuation.
func TestSpansWindowsAgree(t *testing.T) {
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	var words []string
	for _, art := range arts {
		for _, p := range strings.Split(art.Body(), "\n\n") {
			texts = append(texts, p)
			for _, w := range strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if len(w) >= 3 {
					words = append(words, w)
				}
			}
		}
	}
	texts = append(texts,
		strings.Repeat("The council\u00a0voted on the levy, and the levy’s critics—led by Ms Kell—said “no”. ", 5),
		strings.Repeat("Post-war U.S.-led talks; e-mail: levy@kell.example (levies) ", 6),
	)
	r := rand.New(rand.NewPCG(3, 5))
	pick := func() string { return words[r.IntN(len(words))] }
	queries := []string{"levy", "levies", "council", `"bridge levy"`, "kell -strike", "title:levy", "body:critics"}
	for range 200 {
		queries = append(queries, pick(), pick()+" "+pick(), `"`+pick()+" "+pick()+`"`, "+"+pick()+" -"+pick())
	}
	checked := 0
	for _, q := range queries {
		h, err := NewHighlighter(q)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		for _, text := range texts {
			if h.text.empty() || !h.text.mayMatch(strings.ToLower(text)) {
				continue
			}
			got := h.Spans(text)
			want := h.spansIn(text, 0, nil)
			checked++
			if !slices.Equal(got, want) {
				t.Errorf("query %q on %.60q…: windows give %v, the whole text %v", q, text, got, want)
			}
		}
	}
	if checked < 500 {
		t.Errorf("only %d texts checked", checked)
	}
	t.Logf("%d query-text pairs checked", checked)
}
