package devdata

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// BBCParagraphs returns the title and trimmed, non-empty body paragraphs
// of the first n stories of the BBC development set (all of them when n
// <= 0), one slice per story, or skips tb when the data is absent.
func BBCParagraphs(tb testing.TB, n int) [][]string {
	tb.Helper()
	f, err := os.Open(Path(tb, "bbc-news/bbc-news.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() && (n <= 0 || len(out) < n) {
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
