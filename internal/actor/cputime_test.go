//go:build linux

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

// TestBBCExtractCPU measures Extract (the embedded tagger included) over
// every BBC story once, as an import does, in thread CPU time, which
// unlike a benchmark is not disturbed by other processes on a busy
// machine. Run with ACTOR_CPUBENCH=1.
func TestBBCExtractCPU(t *testing.T) {
	if os.Getenv("ACTOR_CPUBENCH") == "" {
		t.Skip("set ACTOR_CPUBENCH=1 to measure Extract over the BBC stories in CPU time")
	}
	f, err := os.Open(devdata.Path(t, "bbc-news/bbc-news.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var stories [][]article.Paragraph
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var rec struct{ Title, Body string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		ps := []article.Paragraph{{Text: rec.Title}}
		for _, p := range strings.Split(rec.Body, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				ps = append(ps, article.Paragraph{Text: p})
			}
		}
		stories = append(stories, ps)
	}
	Extract(stories[0]) // load the model outside the measurement
	cpu := devdata.ThreadCPU(t)
	start := cpu()
	for _, ps := range stories {
		Extract(ps)
	}
	d := cpu() - start
	t.Logf("%.3f ms per story (thread CPU time, %d stories in %s; GC not included)", d.Seconds()*1e3/float64(len(stories)), len(stories), d)
}
