package actor

import (
	"slices"
	"strings"
	"testing"
)

// TestOtherNameJoinsPerson: a name a person went or goes by, given in
// passing ("as she was", "then", "she was born"), is one more name of
// the person with that given name, and not the name she is known by.
func TestOtherNameJoinsPerson(t *testing.T) {
	tests := []struct {
		name   string
		paras  []string
		tagged map[string]string
		person string
		other  string
	}{
		{name: "as she was",
			paras:  []string{"Sir Roderick Gorringe and his wife, Harriet Gorringe, live in Wiltshire.", "Lady Gorringe is not a woman to be crossed. Harriet Slade, as she was when she graced every cover, has written a memoir."},
			tagged: map[string]string{"Roderick Gorringe": "PER", "Harriet Gorringe": "PER", "Harriet Slade": "PER"},
			person: "Harriet Gorringe", other: "Harriet Slade"},
		{name: "as she now is, her husband named last",
			paras:  []string{"Sophie Dunmore married chef Ollie Kettering on Saturday.", "Sophie Dunmore and Ollie Kettering on their wedding day", "Sophie Kettering, as she now is everywhere except on screen, is back on air in January."},
			tagged: map[string]string{"Sophie Dunmore": "PER", "Ollie Kettering": "PER", "Sophie Kettering": "PER"},
			person: "Sophie Dunmore", other: "Sophie Kettering"},
		{name: "then",
			paras:  []string{"Norman and Edith Gadsby marked their diamond wedding.", "Edith Gadsby met Norman at a dance. Edith, then Edith Marlow, was 17."},
			tagged: map[string]string{"Edith Gadsby": "PER", "Edith Marlow": "PER", "Norman": "PER", "Edith": "PER"},
			person: "Edith Gadsby", other: "Edith Marlow"},
		{name: "she was born",
			paras:  []string{"Dame Cecily Armitage, who has died aged 91, terrified a generation of viewers.", "She was born Cecily Pruett in Bradford in 1934."},
			tagged: map[string]string{"Cecily Armitage": "PER", "Cecily Pruett": "PER"},
			person: "Cecily Armitage", other: "Cecily Pruett"},
		{name: "then, in a sequence: no bearer of the given name",
			paras:  []string{"The prize went to Ada Kell, then Ivo Marsh, and then Tom Reed."},
			tagged: map[string]string{"Ada Kell": "PER", "Ivo Marsh": "PER", "Tom Reed": "PER"},
			person: "Ivo Marsh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.paras...), fakeNER(tt.tagged))
			a := find(got, tt.person)
			if a == nil || a.Kind != Person {
				t.Fatalf("no person %q; got %s", tt.person, summary(got))
			}
			if tt.other == "" {
				if b := find(got, "Ada Kell"); b == nil || slices.Contains(b.Aliases, tt.person) {
					t.Errorf("%q joined another person; got %s", tt.person, summary(got))
				}
				return
			}
			if !slices.Contains(a.Aliases, tt.other) {
				t.Errorf("%q not an alias of %q; got %s", tt.other, tt.person, summary(got))
			}
			if find(got, tt.other) != nil {
				t.Errorf("%q is an actor of its own; got %s", tt.other, summary(got))
			}
		})
	}
}

func TestOtherNameOf(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Harriet Slade, as she was, wrote it.", "Harriet Slade", true},
		{"Sophie Kettering, as she now is, is back.", "Sophie Kettering", true},
		{"Edith, then Edith Marlow, was 17.", "Edith Marlow", true},
		{"She was born Cecily Pruett in Bradford.", "Cecily Pruett", true},
		{"Lavelle, who was born Beatrix Lavelle-Moore in Stockport, posted it.", "Beatrix Lavelle-Moore", false},
		{"Harriet Slade, as she said, wrote it.", "Harriet Slade", false},
	}
	for _, tt := range tests {
		toks := appendTokens(nil, tt.text, nil)
		s, e := -1, -1
		for k := range toks {
			if toks[k].start == strings.Index(tt.text, tt.name) {
				s = k
			}
			if toks[k].end == strings.Index(tt.text, tt.name)+len(tt.name) {
				e = k + 1
			}
		}
		if got := otherNameOf(toks, s, e); got != tt.want {
			t.Errorf("otherNameOf(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}
