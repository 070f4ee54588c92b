package index

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/demo"
)

// TestStemStartIsAPrefix checks the highlighter's cheap filter on every
// word of the demo articles: the start it keeps of each word's stem must
// begin the lower-cased word, or a matching paragraph would be skipped.
func TestStemStartIsAPrefix(t *testing.T) {
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	a := analyzerFor(FieldBody)
	words, bad := 0, 0
	for _, art := range arts {
		text := art.Title + "\n" + art.Body()
		for _, tok := range analyse(a, text) {
			words++
			w := strings.ToLower(text[tok.Start:tok.End])
			if s := stemStart(string(tok.Term)); !strings.HasPrefix(w, s) {
				bad++
				if bad <= 5 {
					t.Errorf("word %q stems to %q, whose start %q it does not begin with", w, tok.Term, s)
				}
			}
		}
	}
	t.Logf("%d words checked", words)
	if words < 5000 {
		t.Errorf("only %d words checked", words)
	}
}
