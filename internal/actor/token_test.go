package actor

import "testing"

func TestIsInitial(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"J", true},
		{"J.K", true},
		{"J.K.R.S", true},
		{"Á.B", true},
		{"J.K.R.S.T", false}, // five parts: an acronym, not initials
		{"J.", false},
		{".J", false},
		{"J..K", false},
		{"", false},
		{"Jo", false},
		{"j", false},
		{"J.k", false},
		{"JK", false},
		{"4", false},
	} {
		if got := isInitial(c.w); got != c.want {
			t.Errorf("isInitial(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestLenFilter checks that the filter admits every word of its set.
func TestLenFilter(t *testing.T) {
	for _, set := range []map[string]bool{kinship, titleHeads, roleHeads, {"a": true, "thirty-two-letter-word-to-test-it": true}} {
		f := lenFilterOf(set)
		for w := range set {
			if !f.mayHave(w) {
				t.Errorf("filter rules out %q of its set", w)
			}
		}
		if f.mayHave("zzzzzzzzzz") && !set["zzzzzzzzzz"] && len(set) < 10 {
			t.Errorf("filter of %d words admits an unlikely word", len(set))
		}
	}
}
