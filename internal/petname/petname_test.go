package petname

import (
	"slices"
	"testing"
)

func TestIs(t *testing.T) {
	tests := []struct {
		short, full string
		want        bool
	}{
		{"bill", "william", true},
		{"gus", "angus", true},
		{"kit", "katherine", true},
		{"peggy", "margaret", true},
		{"bill", "robert", false},
		{"william", "bill", false}, // only a pet name stands for a name
		{"ben", "benjamin", false}, // spelt like its start: not listed
		{"", "william", false},
	}
	for _, tt := range tests {
		if got := Is(tt.short, tt.full); got != tt.want {
			t.Errorf("Is(%q, %q) = %v, want %v", tt.short, tt.full, got, tt.want)
		}
	}
}

func TestOf(t *testing.T) {
	if got := Of("ned"); !slices.Equal(got, []string{"edward", "edmund"}) {
		t.Errorf("Of(ned) = %q", got)
	}
	if got := Of("zebedee"); got != nil {
		t.Errorf("Of(zebedee) = %q, want nil", got)
	}
}

// TestTableLowerCase: callers look names up in lower case, so an entry
// written otherwise could never be found.
func TestTableLowerCase(t *testing.T) {
	for p, fulls := range names {
		for _, s := range append([]string{p}, fulls...) {
			for _, r := range s {
				if r < 'a' || r > 'z' {
					t.Errorf("entry %q → %q: %q is not plain lower case", p, fulls, s)
				}
			}
		}
	}
}
