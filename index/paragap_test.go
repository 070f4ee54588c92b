package index

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
)

func TestParaTokenizerGap(t *testing.T) {
	tests := []struct {
		name, text string
		want       []int
	}{
		{"one paragraph", "put out the fire", []int{1, 2, 3, 4}},
		{"blank line", "the fire\n\ncause of", []int{1, 2, 3 + paragraphGap, 4 + paragraphGap}},
		{"blank line with spaces", "fire \n \n cause", []int{1, 2 + paragraphGap}},
		{"one line feed is no break", "fire\ncause", []int{1, 2}},
		{"two breaks", "a\n\nb\n\nc", []int{1, 2 + paragraphGap, 3 + 2*paragraphGap}},
	}
	registerFilter()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, tok := range (paraTokenizer{words: unicode.NewUnicodeTokenizer()}).Tokenize([]byte(tt.text)) {
				got = append(got, tok.Position)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("positions %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("positions %v, want %v", got, tt.want)
				}
			}
		})
	}
}

// TestPhraseStopsAtParagraphs checks that a quoted phrase matches within
// a paragraph and never across a paragraph break, by our phrase searcher
// and by bleve's own (flattening off).
func TestPhraseStopsAtParagraphs(t *testing.T) {
	x, err := OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	docs := []Doc{
		{ID: "split", Title: "Blaze at the mill", Body: []string{"Blaze at the mill", "Crews worked all night to put out the fire", "Cause of the blaze unknown"}},
		{ID: "whole", Title: "Mill inquiry", Body: []string{"Mill inquiry", "Investigators said the fire cause was electrical"}},
	}
	if err := x.Apply(docs, nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q, want string
	}{
		{`"fire cause"`, "whole"},
		{`"put out the fire"`, "split"},
		{`"cause of the blaze"`, "split"},
		{`"mill crews"`, ""},
		{`body:"crews worked"`, "split"},
	}
	for _, flat := range []bool{true, false} {
		old := flattenQueries
		flattenQueries = flat
		for _, tt := range tests {
			if got := hitIDs(t, x, tt.q); got != tt.want {
				t.Errorf("flatten %v, query %s: got %q, want %q", flat, tt.q, got, tt.want)
			}
		}
		flattenQueries = old
	}
	if got := hitIDs(t, x, "fire cause"); !strings.Contains(got, "split") || !strings.Contains(got, "whole") {
		t.Errorf("plain words: got %q, want both stories", got)
	}
}
