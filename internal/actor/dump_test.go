package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/devdata"
	"github.com/storyline/storyline/internal/nlp"
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

// TestGoldenDump writes, for every story of the BBC and round-up
// development sets, the tagger's entities of each paragraph and the
// actors Extract finds (boilerplate skipped, and read), as JSON lines to
// the file $ACTOR_GOLDEN. Comparing two dumps shows whether a change to
// the tagger or to the resolution changed any output (a development aid
// for speed work; skipped when unset).
func TestGoldenDump(t *testing.T) {
	out := os.Getenv("ACTOR_GOLDEN")
	if out == "" {
		t.Skip("set ACTOR_GOLDEN to a file to dump entities and actors of the development sets")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, rel := range []string{"bbc-news/bbc-news.jsonl", "roundups-dev/roundups-dev.jsonl"} {
		arts, err := article.ParseFile(devdata.Path(t, rel))
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			var ents [][]nlp.Entity
			for _, p := range a.Paragraphs {
				ents = append(ents, nlp.Entities(p.Text))
			}
			rec := struct {
				ID       string
				Entities [][]nlp.Entity
				Actors   []Actor
				All      []Actor
			}{a.ID, ents, Extract(a.Paragraphs), ExtractOptions(a.Paragraphs, Options{Boilerplate: true})}
			if err := enc.Encode(rec); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}
