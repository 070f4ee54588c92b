package thread

import "testing"

// TestDroppedTokensPartNames: a dropped "v" or number stands between two
// names, so they do not run together; a dropped initial does not.
func TestDroppedTokensPartNames(t *testing.T) {
	tests := []struct {
		text, word string
		joined     bool
	}{
		{"Harrow United v Kell United drew on Saturday.", "Kell", false},
		{"Harrow 2 Kell 1 was the score.", "Kell", false},
		{"President George W Bush spoke.", "Bush", true},
		{"Harrow United and Kell United drew.", "Kell", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			found := false
			for _, w := range tokenizeAll([]string{tt.text})[0] {
				if w.surface == tt.word {
					found = true
					if w.joined != tt.joined {
						t.Errorf("%q joined = %v, want %v", tt.word, w.joined, tt.joined)
					}
				}
			}
			if !found {
				t.Fatalf("no word %q", tt.word)
			}
		})
	}
}
