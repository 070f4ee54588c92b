package versions

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/devdata"
)

// TestBBCDuplicates scores Same on the BBC development set, whose
// duplicates.tsv lists the groups of exact and near-duplicate articles
// (same body, same title, or word-3-shingle Jaccard >= 0.5 within a
// category). The thresholds were set before this test was written and not
// fitted to it. It skips when the data is absent.
func TestBBCDuplicates(t *testing.T) {
	type story struct {
		title, category string
		sketch          Sketch
	}
	stories := map[string]*story{}
	var ids []string
	f, err := os.Open(devdata.Path(t, "bbc-news/bbc-news.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var rec struct{ ID, Category, Title, Body string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		stories[rec.ID] = &story{rec.Title, rec.Category, Of(strings.Split(rec.Body, "\n\n"))}
		ids = append(ids, rec.ID)
	}
	group := map[string]int{}
	g, err := os.ReadFile(devdata.Path(t, "bbc-news/duplicates.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for n, line := range strings.Split(string(g), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, id := range strings.Fields(line) {
			group[id] = n + 1
		}
	}
	var goldPairs, found, falsePairs int
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			sa, sb := stories[a], stories[b]
			gold := group[a] != 0 && group[a] == group[b]
			same := Same(sa.title, sa.sketch, sb.title, sb.sketch)
			switch {
			case gold:
				goldPairs++
				if same {
					found++
				}
			case same:
				falsePairs++
				if falsePairs <= 5 {
					t.Logf("not listed as duplicates: %s %q / %s %q (%.2f)", a, sa.title, b, sb.title, Similarity(sa.sketch, sb.sketch))
				}
			}
		}
	}
	pairs := len(ids) * (len(ids) - 1) / 2
	t.Logf("%d stories: %d of %d duplicate pairs found; %d of %d other pairs called versions", len(ids), found, goldPairs, falsePairs, pairs-goldPairs)
	if goldPairs == 0 {
		t.Fatal("no duplicate pairs read")
	}
	if recall := float64(found) / float64(goldPairs); recall < 0.9 {
		t.Errorf("found %.3f of the duplicate pairs, want >= 0.9", recall)
	}
	if falsePairs > goldPairs/20 {
		t.Errorf("%d other pairs called versions, want <= %d", falsePairs, goldPairs/20)
	}
}
