package thread

import (
	"slices"
	"testing"
)

// TestRecordLabel checks, on invented leads, that "record" goes in front
// of the label's topic words when the lead calls the thing a record,
// before it or as what it reached, and nowhere else.
func TestRecordLabel(t *testing.T) {
	cases := []struct {
		name  string
		label []string
		lead  string
		want  []string
	}{
		{"record before a figure", []string{"Larkspur", "Air", "passengers"},
			"Larkspur Air rose 3 per cent after carrying a record 4.2million passengers in August.",
			[]string{"Larkspur", "Air", "record", "passengers"}},
		{"record before a modifier", []string{"Brindle", "sales"},
			"Brindle Semiconductor jumped after reporting record quarterly sales of $3 billion.",
			[]string{"Brindle", "record", "sales"}},
		{"record reached", []string{"Retail", "Watch", "bike", "theft"},
			"Retail Watch said bike theft had reached a record level last year.",
			[]string{"Retail", "Watch", "record", "bike", "theft"}},
		{"a longer phrase reached the record", []string{"Pacific", "stock"},
			"Pacific stock markets reached record highs on Tuesday.",
			[]string{"Pacific", "stock"}},
		{"record of another thing", []string{"Tarrant", "Foods", "dividend"},
			"Tarrant Foods raised its dividend by a fifth on the back of record trading volumes.",
			[]string{"Tarrant", "Foods", "dividend"}},
		{"a record already", []string{"record", "marrow"},
			"A gardener has grown a record marrow weighing 60kg.",
			[]string{"record", "marrow"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lead := tokenizeAll([]string{c.lead})[0]
			if got := recordLabel(slices.Clone(c.label), lead); !slices.Equal(got, c.want) {
				t.Errorf("recordLabel(%q) = %q, want %q", c.label, got, c.want)
			}
		})
	}
}
