package thread

import (
	"slices"
	"testing"
)

// TestLeadCollapse checks, on invented leads, that collapsed talks or a
// collapsed deal as the main news is labelled by the negotiation and
// "collapse", and that a collapse told as a cause ("after talks broke
// down") is none.
func TestLeadCollapse(t *testing.T) {
	for _, c := range []struct {
		lead string
		want []string
	}{
		{"Budget talks in the state assembly collapsed on Friday night after members walked out.", []string{"budget", "talks", "collapse"}},
		{"A cross-party deal to fund the ferry service has collapsed.", []string{"cross-party", "deal", "collapse"}},
		{"Nurses will strike next week after talks over pay broke down.", nil},
		{"The old pier collapsed into the sea during the storm.", nil},
	} {
		lead := tokenizeAll([]string{c.lead})[0]
		if got := leadCollapse(lead, nil); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.lead, got, c.want)
		}
	}
}
