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

// TestWordLowerIsLowerKey checks what the lexicon lookups rely on: a word
// token's lower form is lowerKey of its text.
func TestWordLowerIsLowerKey(t *testing.T) {
	for _, text := range []string{
		"Mr. J.K. Rowling's U.S. book, Jones' co-author (O'Neill-Smith) said.",
		"The U.S.'s stake... Ltd. and Inc.'s A.B.C.D.E. e.g. 3.5% £20m.",
		"ÉCOLE Ü.Ö. naïve café's—dash–dash Dr.Who",
	} {
		for _, tk := range appendTokens(nil, text, nil) {
			if tk.word && tk.lower != lowerKey(tk.text) {
				t.Errorf("%q: word %q has lower %q, lowerKey %q", text, tk.text, tk.lower, lowerKey(tk.text))
			}
		}
	}
}

// TestAppendLowerKey checks appendLowerKey against lowerKey, which the
// rules that read a name's word in place rely on.
func TestAppendLowerKey(t *testing.T) {
	for _, w := range []string{"", ".", "Mr.", "Mr", "chancellor", "MacDonald", "U.S.", "O'Neill", "Ærø", "İstanbul", "ÉLYSÉE.", "Bennett-Warner", "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.", "x.."} {
		if got, want := string(appendLowerKey(nil, w)), lowerKey(w); got != want {
			t.Errorf("appendLowerKey(%q) = %q, want %q", w, got, want)
		}
	}
}
