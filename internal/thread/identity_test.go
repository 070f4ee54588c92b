package thread_test

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"hash"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/devdata"
	"github.com/storyline/storyline/internal/nlp"
	"github.com/storyline/storyline/internal/thread"
)

// TestAnalysisIdentity hashes everything the story analysis gives for the
// BBC development set (entities, actors, threads with their paragraphs,
// labels and terms, sentence segmentation) and the tags of the CoNLL
// development file, one hash per part. It guards speed work that must not
// change a single output: run it before and after a change and compare.
// It is slow, so it runs only when STORYLINE_IDENTITY is set; when that
// holds a file name, the hashes are written there, and when the file
// exists already they are compared with it.
func TestAnalysisIdentity(t *testing.T) {
	out := os.Getenv("STORYLINE_IDENTITY")
	if out == "" {
		t.Skip("set STORYLINE_IDENTITY to a file to run the output-identity check")
	}
	stories := identityStories(t)
	parts := []string{"entities", "actors", "split", "split-nostats", "terms", "label", "sentences", "conll"}
	hs := map[string]hash.Hash{}
	for _, p := range parts {
		hs[p] = sha256.New()
	}
	put := func(part string, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		hs[part].Write(b)
		hs[part].Write([]byte{'\n'})
	}
	df := thread.NewDocFreq()
	for _, s := range stories {
		for _, p := range s {
			if !p.Boilerplate {
				df.Add(p.Text)
			}
		}
	}
	for _, s := range stories {
		texts := make([]string, len(s))
		for i, p := range s {
			texts[i] = p.Text
			put("entities", nlp.Entities(p.Text))
		}
		acts := actor.Extract(s)
		put("actors", acts)
		threads, terms := thread.SplitTerms(s, acts, df)
		put("split", threads)
		put("terms", terms)
		put("split-nostats", thread.Split(s, acts, nil))
		k := (len(texts) + 1) / 2
		put("label", []string{thread.Label(texts[:k], texts[k:], df), thread.Label(texts, nil, nil)})
		put("sentences", thread.SegmentUnits(texts, thread.SentenceOptions(df)))
		for _, tx := range texts {
			put("terms", thread.Terms(tx))
		}
	}
	f, err := os.Open(devdata.Path(t, "conll2003/eng.testa"))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := nlp.ReadCoNLL(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	m := nlp.DefaultModel()
	for _, d := range docs {
		sents := make([][]string, len(d.Sentences))
		var text []string
		for i, s := range d.Sentences {
			sents[i] = s.Words()
			text = append(text, strings.Join(sents[i], " "))
		}
		put("conll", m.TagDocument(sents))
		put("conll", m.Entities(strings.Join(text, "\n")))
	}
	var got strings.Builder
	for _, p := range parts {
		fmt.Fprintf(&got, "%s %x\n", p, hs[p].Sum(nil))
	}
	t.Logf("%d stories, %d CoNLL documents\n%s", len(stories), len(docs), got.String())
	want, err := os.ReadFile(out)
	if os.IsNotExist(err) {
		if err := os.WriteFile(out, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != got.String() {
		t.Errorf("analysis output changed:\nwant\n%s\ngot\n%s", want, got.String())
	}
}

// identityStories reads the BBC development set as paragraphs, the title
// first; paragraphs that open with "Pictured" or are a single word are
// marked boilerplate, so that the check covers skipped paragraphs too.
func identityStories(t *testing.T) [][]article.Paragraph {
	var out [][]article.Paragraph
	for _, texts := range devdata.BBCParagraphs(t, 0) {
		ps := []article.Paragraph{{Text: texts[0]}}
		for _, p := range texts[1:] {
			junk := strings.HasPrefix(p, "Pictured") || !strings.Contains(p, " ")
			ps = append(ps, article.Paragraph{Text: p, Boilerplate: junk})
		}
		out = append(out, ps)
	}
	return out
}
