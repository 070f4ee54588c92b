package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/nlp"
)

// FuzzExtract feeds arbitrary text and arbitrary (even nonsensical)
// entity offsets to the resolver, which must not panic and must keep its
// output consistent.
func FuzzExtract(f *testing.F) {
	f.Add("Sir Ed Davey, the Liberal leader, met Mr. Davey's aide.\n\nKell, Ada", 0, 6, 3, 40)
	f.Add("The Duke of York and the Queen. Lord O'Neill said: 'No.'", 4, 16, -3, 99)
	f.Add("’s ’ , . Mr", 0, 1, 1, 0)
	f.Add("Labour MP Sir Keir Starmer, 61, who leads the party, and Tesco's shares (up 2 per cent)", 0, 26, 57, 62)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		src := func(p string) []nlp.Entity {
			var out []nlp.Entity
			for i, se := range [][2]int{{s1, e1}, {s2, e2}} {
				s, e := se[0], se[1]
				if s < 0 || e > len(p) || s >= e {
					continue
				}
				out = append(out, nlp.Entity{Text: p[s:e], Type: [...]string{"PER", "ORG"}[i], Start: s, End: e})
			}
			return out
		}
		ps := paras(strings.Split(text, "\n\n")...)
		for _, a := range ExtractWith(ps, src) {
			if a.Name == "" || a.Mentions < 1 || len(a.Paragraphs) == 0 {
				t.Errorf("bad actor %+v", a)
			}
			for _, p := range a.Paragraphs {
				if p < 0 || p >= len(ps) {
					t.Errorf("paragraph %d out of range in %+v", p, a)
				}
			}
		}
	})
}
