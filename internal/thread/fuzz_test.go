package thread

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/article"
)

// FuzzSplit feeds arbitrary text, cut into paragraphs at blank lines,
// to the segmenter: it must not panic, and every reading paragraph must
// land in exactly one thread, numbered 1… in reading order.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Ministers met.\n\nMeanwhile, the strike went on.\n\nBack to the ministers: they agreed.",
		"ONE ITEM\n\nText under it.\n\nANOTHER\n\nMore text.",
		"", "\n\n\n", "a", strings.Repeat("word ", 500),
	} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, furnitureEvery int) {
		var paras []article.Paragraph
		for i, p := range strings.Split(s, "\n\n") {
			paras = append(paras, article.Paragraph{Text: p, Boilerplate: furnitureEvery > 0 && i%(furnitureEvery%7+1) == 0 && i > 0})
		}
		threads := Split(paras, nil, nil)
		seen := map[int]bool{}
		first := -1
		for k, th := range threads {
			if th.N != k+1 {
				t.Fatalf("thread %d numbered %d", k, th.N)
			}
			if len(th.Paragraphs) == 0 {
				t.Fatalf("thread %d is empty", th.N)
			}
			if th.Paragraphs[0] <= first {
				t.Fatalf("threads not in reading order of their first paragraph")
			}
			first = th.Paragraphs[0]
			for _, p := range th.Paragraphs {
				if p < 0 || p >= len(paras) || paras[p].Boilerplate || seen[p] {
					t.Fatalf("paragraph %d misplaced (boilerplate %v, seen %v)", p, p >= 0 && p < len(paras) && paras[p].Boilerplate, seen[p])
				}
				seen[p] = true
			}
		}
		for i, p := range paras {
			if !p.Boilerplate && !seen[i] {
				t.Fatalf("reading paragraph %d in no thread", i)
			}
		}
	})
}
