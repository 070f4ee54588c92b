package article

import "testing"

func TestTidyParagraph(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "A plain line.", "A plain line."},
		{"soft hyphen inside a word", "an inter\u00adnational row", "an international row"},
		{"soft hyphen before a name", "said \u00adMarta Quillon", "said Marta Quillon"},
		{"line breaks and edges", "  one\ntwo  ", "one two"},
		{"escape sequence", "red\x1b[31m text", "red text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TidyParagraph(tt.in); got != tt.want {
				t.Errorf("TidyParagraph(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
