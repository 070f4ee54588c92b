package thread

import "testing"

// TestLinkEnd checks, on invented leads, where a linking phrase that
// opens a round-up item ends, and that an opening "In" phrase with no
// word of linking is none.
func TestLinkEnd(t *testing.T) {
	for _, c := range []struct {
		lead string
		want string // the phrase's last word ("": none)
	}{
		{"In a separate case, a man who conned nine women has been jailed.", "case"},
		{"In a separate case at the same court, Judge Parry jailed a builder.", "court"},
		{"In another development, the council said the bridge would close.", "development"},
		{"In Leeds, a man has been jailed for stealing bikes.", ""},
		{"In a move that surprised staff, the firm closed its office.", ""},
	} {
		lead := tokenizeAll([]string{c.lead})[0]
		end := linkEnd(lead)
		got := ""
		if end > 0 {
			got = lead[end-1].surface
		}
		if got != c.want {
			t.Errorf("%q: phrase ends at %q, want %q", c.lead, got, c.want)
		}
	}
	runLabelCases(t, []labelCase{
		{"the link's noun is no topic", []string{
			"In a separate case, a roofer who charged pensioners for repairs that were never done has been jailed.",
			"The roofer, 44, admitted fraud at the court.",
		}, []string{"The FTSE 100 rose 0.4 per cent as miners gained ground."}, "", "case"},
	})
}
