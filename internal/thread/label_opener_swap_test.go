package thread

import "testing"

// TestOpenerSwap checks the opener-swap rule on the words of invented
// sentence openings: a common word or an agent noun in front of a
// firm's first name word gives way to the name's next word ("Pennant
// Homes", not "Rival Pennant"), while a given name, a rank, a place
// name's first word and a storm's "Storm" stay.
func TestOpenerSwap(t *testing.T) {
	lb := &labeler{}
	cases := []struct {
		text string
		want bool
	}{
		{"Rival Pennant Homes climbed", true},
		{"Recruiter Pennant Group lost", true},
		{"Oscar Lindqvist Partners retired", false},
		{"Lady Ashcombe Park sold", false},
		{"South Korea Development fell", false},
		{"Storm Ysolde Carrick hit", false},
	}
	for _, c := range cases {
		ws := tokenizeAll([]string{c.text})[0]
		promote(ws)
		best := &cand{words: ws[1:2]}
		pick := &cand{words: ws[0:2]} // the opener and the name's first word
		run := &cand{words: ws[1:3]}  // the name run on to the right
		if got := lb.openerSwap(run, pick, best); got != c.want {
			t.Errorf("%q: openerSwap (pick extends best) = %v, want %v", c.text, got, c.want)
		}
		if got := lb.openerSwap(run, pick, pick); got != c.want {
			t.Errorf("%q: openerSwap (pick is best) = %v, want %v", c.text, got, c.want)
		}
		if lb.openerSwap(pick, run, best) {
			t.Errorf("%q: openerSwap swaps back", c.text)
		}
	}
}
