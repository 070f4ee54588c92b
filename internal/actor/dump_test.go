package actor

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/devdata"
)

// TestDumpActors prints the actors of the roundups-dev articles whose id
// contains $ACTOR_DUMP (a development aid; skipped when unset).
func TestDumpActors(t *testing.T) {
	want := os.Getenv("ACTOR_DUMP")
	if want == "" {
		t.Skip("set ACTOR_DUMP to an article id fragment to print its actors")
	}
	f, err := os.Open(devdata.Path(t, "roundups-dev/roundups-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadPeopleDocs(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if !strings.Contains(d.ID, want) {
			continue
		}
		paras := make([]article.Paragraph, len(d.Paragraphs))
		for i, p := range d.Paragraphs {
			paras[i] = article.Paragraph{Text: p}
		}
		t.Logf("== %s", d.ID)
		for _, a := range ExtractOptions(paras, Options{Entities: nerSource(t), Boilerplate: true}) {
			b, _ := json.Marshal(a)
			t.Logf("%s", b)
		}
	}
}
