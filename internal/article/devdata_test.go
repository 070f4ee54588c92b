package article

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/storyline/storyline/internal/devdata"
)

// TestCleanRoundupsDev scores Clean against the gold furniture (null
// thread) labels of the round-ups developer set: real paragraphs must be
// kept, and most furniture marked. These are dev-set figures.
func TestCleanRoundupsDev(t *testing.T) {
	path := devdata.Path(t, "roundups-dev/roundups-dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var realN, realMarked, furnN, furnMarked int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var doc struct {
			Paragraphs []string `json:"paragraphs"`
			Threads    []*int   `json:"threads"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		a := &Article{}
		for _, p := range doc.Paragraphs {
			a.Paragraphs = append(a.Paragraphs, Paragraph{Text: p})
		}
		Clean(a)
		for i, p := range a.Paragraphs {
			if doc.Threads[i] == nil {
				furnN++
				if p.Boilerplate {
					furnMarked++
				} else if testing.Verbose() {
					t.Logf("furniture not marked: %.80q", p.Text)
				}
			} else {
				realN++
				if p.Boilerplate {
					realMarked++
					t.Logf("real paragraph marked: %.80q", p.Text)
				}
			}
		}
	}
	keep := 1 - float64(realMarked)/float64(realN)
	recall := float64(furnMarked) / float64(furnN)
	t.Logf("roundups-dev: real kept %d/%d (%.3f), furniture marked %d/%d (%.3f)", realN-realMarked, realN, keep, furnMarked, furnN, recall)
	if keep < 0.98 {
		t.Errorf("real paragraphs kept %.3f, want >= 0.98", keep)
	}
	if recall < 0.6 {
		t.Errorf("furniture marked %.3f, want >= 0.6", recall)
	}
}

// TestCleanBBCKeepsText checks that Clean marks almost nothing in the BBC
// set, whose bodies hold no page furniture.
func TestCleanBBCKeepsText(t *testing.T) {
	arts, err := ParseFile(devdata.Path(t, "bbc-news/bbc-news.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var n, marked int
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			n++
			if p.Boilerplate {
				marked++
				if marked <= 10 {
					t.Logf("marked: %.100q", p.Text)
				}
			}
		}
	}
	rate := float64(marked) / float64(n)
	t.Logf("bbc-news: %d of %d paragraphs marked (%.4f)", marked, n, rate)
	if rate > 0.005 {
		t.Errorf("marked %.4f of BBC paragraphs, want <= 0.005", rate)
	}
}
