package actor

import "testing"

// TestTitleNouns: "show", "title", "ballet" and "poem" heading a noun
// phrase make the name after them a work's title; "show" as a verb
// does not.
func TestTitleNouns(t *testing.T) {
	tagged := map[string]string{"Sunset Villa": "PER", "Ashen Crown": "PER", "Brain Drain": "PER", "Alexandros Velis": "PER", "Jolyon Fairbairn": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a dating show", "Kayleigh, who found fame on the dating show Sunset Villa, is an ambassador.", "Sunset Villa", Other},
		{"a game's title", "The firm delayed the launch of its long-awaited fantasy title Ashen Crown until next autumn.", "Ashen Crown", Other},
		{"a show's presenter", "Jolyon Fairbairn, who presented the teatime show Brain Drain for 19 years, has signed a deal.", "Brain Drain", Other},
		{"show as a verb", "Results from the post-mortem on the boy whose killing sparked days of rioting show Alexandros Velis died from a ricochet.", "Alexandros Velis", Person},
	})
}

func TestTitlePhrase(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"the dating show", true},
		{"its long-awaited fantasy title", true},
		{"on BBC One Saturday morning show", true},
		{"five days of rioting show", false},
		{"the results show", false},
		{"the news show", true},
		{"results show", false},
	} {
		toks := appendTokens(nil, c.text, new(lowerMemo))
		if got := titlePhrase(toks, len(toks)-1); got != c.want {
			t.Errorf("titlePhrase(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
