package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/devdata"
)

// TestInvariantsOnNews runs the resolver over real news stories and checks
// what must hold whatever the tagger says: no pronoun, calendar, caption
// or lone nationality word is a person, names are clean and unique per
// kind, and paragraph indices and counts are consistent.
func TestInvariantsOnNews(t *testing.T) {
	f, err := os.Open(devdata.Path(t, "bbc-news/bbc-news.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	limit := 300
	if testing.Short() {
		limit = 40
	}
	src := nerSource(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 0; n < limit && sc.Scan(); n++ {
		var d struct {
			ID   string `json:"id"`
			Body string `json:"body"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		var ps []article.Paragraph
		for _, p := range strings.Split(d.Body, "\n\n") {
			if strings.TrimSpace(p) != "" {
				ps = append(ps, article.Paragraph{Text: p})
			}
		}
		seen := make(map[string]bool)
		for _, a := range ExtractWith(ps, src) {
			k := Key(a)
			switch {
			case a.Name == "" || a.Name != strings.TrimSpace(a.Name):
				t.Errorf("%s: bad name %q", d.ID, a.Name)
			case seen[k]:
				t.Errorf("%s: %q twice", d.ID, k)
			case a.Mentions < len(a.Paragraphs) || len(a.Paragraphs) == 0:
				t.Errorf("%s: %q has %d mentions in %v", d.ID, a.Name, a.Mentions, a.Paragraphs)
			}
			seen[k] = true
			for _, p := range a.Paragraphs {
				if p < 0 || p >= len(ps) {
					t.Errorf("%s: %q paragraph %d out of range", d.ID, a.Name, p)
				}
			}
			if a.Kind == Person && !strings.Contains(a.Name, " ") && (isNoiseWord(a.Name) || isNationality(a.Name)) {
				t.Errorf("%s: %q is a person", d.ID, a.Name)
			}
			if a.Kind == Person && strings.HasPrefix(a.Name, "the ") && !isHonorific(strings.TrimPrefix(a.Name, "the ")) {
				t.Errorf("%s: description %q is a person", d.ID, a.Name)
			}
		}
	}
}
