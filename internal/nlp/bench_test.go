package nlp

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/devdata"
)

// bbcParagraphs returns the title and body paragraphs of the first n
// stories of the BBC development set, one slice per story.
func bbcParagraphs(tb testing.TB, n int) [][]string {
	f, err := os.Open(devdata.Path(tb, "bbc-news/bbc-news.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() && len(out) < n {
		var rec struct{ Title, Body string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		ps := []string{rec.Title}
		for _, p := range strings.Split(rec.Body, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				ps = append(ps, p)
			}
		}
		out = append(out, ps)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// BenchmarkEntitiesBBC tags the paragraphs of BBC stories one by one, as
// the actor extraction does; one op is one story.
func BenchmarkEntitiesBBC(b *testing.B) {
	stories := bbcParagraphs(b, 100)
	DefaultModel()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		for _, p := range stories[i%len(stories)] {
			Entities(p)
		}
	}
}
