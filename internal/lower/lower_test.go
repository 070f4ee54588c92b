package lower

import (
	"strings"
	"testing"
)

func TestAppend(t *testing.T) {
	tests := []struct {
		name, dst, in string
	}{
		{"empty", "", ""},
		{"ascii", "", "MacDonald"},
		{"digits and marks", "", "U.S. 2-1 O'Neill"},
		{"after what dst holds", "key:", "CHANCELLOR"},
		{"non-ascii", "", "ÉLYSÉE Ærø İstanbul"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := string(Append([]byte(tt.dst), tt.in)), tt.dst+strings.ToLower(tt.in); got != want {
				t.Errorf("Append(%q, %q) = %q, want %q", tt.dst, tt.in, got, want)
			}
		})
	}
}

func TestAppendASCIIInPlace(t *testing.T) {
	var buf [32]byte
	if n := testing.AllocsPerRun(100, func() { _ = Append(buf[:0], "Chancellor") }); n != 0 {
		t.Errorf("Append of an ASCII word into room allocated %v times", n)
	}
}
