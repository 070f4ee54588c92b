package nlp

import "testing"

// TestCommonFirstNames checks the hand-written list of given names: each
// entry once, written as a name, not a word the lexicon writes in lower
// case, and known to the embedded model as a given name.
func TestCommonFirstNames(t *testing.T) {
	m := DefaultModel()
	seen := map[string]bool{}
	for _, n := range commonFirstNames {
		if seen[n] {
			t.Errorf("%q is listed twice", n)
		}
		seen[n] = true
		if !nameShaped(n) {
			t.Errorf("%q is not a capitalised word of letters", n)
		}
		if m.WordCasing(n) == CasingLower {
			t.Errorf("%q is mostly a lower-case word in the lexicon", n)
		}
		if !m.GivenName(n) {
			t.Errorf("the embedded model does not know %q as a given name", n)
		}
	}
}

// nameShaped reports whether w is an upper-case ASCII letter followed by
// at least one more letter.
func nameShaped(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
