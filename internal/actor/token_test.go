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
