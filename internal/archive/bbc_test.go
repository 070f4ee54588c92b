package archive

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/devdata"
)

// TestRealArticlesImportAndSearch: a few hundred real articles import
// completely, a second import adds nothing, and a distinctive phrase of a
// title finds its article in the top three.
func TestRealArticlesImportAndSearch(t *testing.T) {
	src := devdata.Path(t, "bbc-news/bbc-news.jsonl")
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Every sixth article, 300 in all, across the five categories.
	sub := filepath.Join(t.TempDir(), "bbc-sample.jsonl")
	out, err := os.Create(sub)
	if err != nil {
		t.Fatal(err)
	}
	type line struct{ ID, Title, Body string }
	var lines []line
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for i := 0; sc.Scan() && len(lines) < 300; i++ {
		if i%6 != 0 {
			continue
		}
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, l)
		fmt.Fprintln(out, sc.Text())
	}
	out.Close()

	a, _ := openTemp(t)
	ctx := context.Background()
	res, err := a.Import(ctx, []string{sub}, ImportOptions{})
	if err != nil || res.Failed != 0 {
		t.Fatalf("import: %+v %v", res, err)
	}
	if res.Added+res.Unchanged != len(lines) {
		t.Fatalf("import: %+v for %d lines", res, len(lines))
	}
	again, err := a.Import(ctx, []string{sub}, ImportOptions{})
	if err != nil || again.Added != 0 || again.Updated != 0 {
		t.Fatalf("second import changed the archive: %+v %v", again, err)
	}
	found, tried := 0, 0
	for i, l := range lines {
		if i%5 != 0 {
			continue
		}
		tried++
		q := fmt.Sprintf("%q", strings.ReplaceAll(l.Title, `"`, ""))
		hits, err := a.Search(ctx, q, 3)
		if err != nil {
			t.Fatalf("search %s: %v", q, err)
		}
		for _, h := range hits.Hits {
			if h.Title == l.Title {
				found++
				break
			}
		}
	}
	t.Logf("%d of %d titles found in the top 3 by a phrase search", found, tried)
	if found < tried*95/100 {
		t.Errorf("only %d of %d titles found in the top 3", found, tried)
	}
}
