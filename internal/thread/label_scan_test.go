package thread

import (
	"slices"
	"strings"
	"testing"
)

// TestLeadScan checks the words the lead rules' scan yields: lower-case
// words of the first sentence past its first word, and with joined only
// those no punctuation parts from the word before.
func TestLeadScan(t *testing.T) {
	tests := []struct {
		lead   string
		n      int
		joined bool
		want   string
	}{
		{"Bus fares will rise in May. Rail fares fall.", 40, false, "fares will rise in"},
		{"The mill, which closed, is for sale.", 40, false, "mill which closed is for sale"},
		{"The mill, which closed, is for sale.", 40, true, "mill closed for sale"},
		{"The mill, which closed, is for sale.", 3, false, "mill which"},
	}
	for _, tt := range tests {
		lead := tokenizeAll([]string{tt.lead})[0]
		var got []string
		for i := range leadScan(lead, tt.n, tt.joined) {
			got = append(got, lead[i].surface)
		}
		if want := strings.Fields(tt.want); !slices.Equal(got, want) {
			t.Errorf("leadScan(%q, %d, %v) = %q, want %q", tt.lead, tt.n, tt.joined, got, want)
		}
	}
}
