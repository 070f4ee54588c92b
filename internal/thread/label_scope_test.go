package thread

import "testing"

// TestScopeUse checks which uses of a nation the scope rule reads as the
// scope of the news.
func TestScopeUse(t *testing.T) {
	for _, c := range []struct {
		text   string
		nation string // the last word written so is asked about
		want   bool
	}{
		{"waiting for treatment in England", "England", true},
		{"absence across the UK rose", "UK", true},
		{"courts in England and Wales", "Wales", true},
		{"In Scotland the figure fell", "Scotland", true},
		{"NHS England said", "England", false},
		{"said the UK would act", "UK", false},
		{"the England netball coach", "England", false},
		{"a commissioner for England", "England", false},
	} {
		ws := tokenizeAll([]string{c.text})[0]
		at := -1
		for i, w := range ws {
			if w.surface == c.nation {
				at = i
			}
		}
		if at < 0 {
			t.Fatalf("%q: no %q among the words", c.text, c.nation)
		}
		if got := scopeUse(ws, at); got != c.want {
			t.Errorf("scopeUse(%q, %q) = %v, want %v", c.text, c.nation, got, c.want)
		}
	}
}

// TestLabelScope checks, on invented threads, that a nation named only
// as the scope of national figures is no label name, while a nation
// that is a side stays.
func TestLabelScope(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"A new bridge over the Wendle will open in May, the council said.",
	}
	runLabelCases(t, []labelCase{
		{"national figures", []string{
			"The number of people waiting for hospital treatment in England has risen to a record 7.9 million, figures show.",
			"Waiting lists have grown in every region in England since the spring.",
		}, others, "hospital", "England"},
		{"a national side", []string{
			"England have named Tamsin Reed as their new netball coach ahead of the Commonwealth Games.",
			"Reed said England could win gold.",
		}, others, "England", ""},
	})
}
