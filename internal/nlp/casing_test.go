package nlp

import (
	"slices"
	"testing"
)

// TestWordCasing checks the embedded lexicon on words whose casing in
// news text is not in doubt.
func TestWordCasing(t *testing.T) {
	m := DefaultModel()
	tests := []struct {
		word string
		want Casing
	}{
		{"Monday", CasingUpper},
		{"British", CasingUpper},
		{"residents", CasingLower},
		{"Residents", CasingLower}, // the case of the word asked about does not matter
		{"firefighters", CasingLower},
		{"Xqzzyv", CasingUnknown},
	}
	for _, tt := range tests {
		if got := m.WordCasing(tt.word); got != tt.want {
			t.Errorf("WordCasing(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

func TestGivenName(t *testing.T) {
	m := DefaultModel()
	tests := map[string]bool{
		"Robbie": true, "Ann": true, "Tony": true, // from the training data
		"Siobhan": true, "Declan": true, // from the list only
		"Lucent": false, "Monday": false, "the": false,
		"Hope": false, "Austin": false, // left off the list
	}
	for w, want := range tests {
		if got := m.GivenName(w); got != want {
			t.Errorf("GivenName(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestKnownTypes checks the gazetteer's reading of a country, which the
// training data names often and only as a place, and of a made-up word.
func TestKnownTypes(t *testing.T) {
	m := DefaultModel()
	if got := m.KnownTypes("Germany"); !slices.Contains(got, "LOC") || slices.Contains(got, "PER") {
		t.Errorf("KnownTypes(Germany) = %q, want LOC and not PER", got)
	}
	if got := m.KnownTypes("Qzxwvy"); len(got) != 0 {
		t.Errorf("KnownTypes(Qzxwvy) = %q, want none", got)
	}
}
