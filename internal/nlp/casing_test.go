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
	for w, want := range map[string]bool{"Robbie": true, "Ann": true, "Tony": true, "Lucent": false, "Monday": false, "the": false} {
		if got := m.GivenName(w); got != want {
			t.Errorf("GivenName(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestKnownTypes(t *testing.T) {
	m := DefaultModel()
	tests := []struct {
		word string
		typ  string
		want bool
	}{
		{"Germany", "LOC", true},
		{"Germany", "PER", false},
		{"Qzxwvy", "LOC", false},
	}
	for _, tc := range tests {
		if got := slices.Contains(m.KnownTypes(tc.word), tc.typ); got != tc.want {
			t.Errorf("KnownTypes(%q) has %s: %v, want %v (%q)", tc.word, tc.typ, got, tc.want, m.KnownTypes(tc.word))
		}
	}
}
