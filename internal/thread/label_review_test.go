package thread

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/devdata"
)

// TestLabelReview writes the thread labels of the round-up and BBC dev
// sets, one "id<TAB>n<TAB>label" line each, to the file named by
// $LABEL_REVIEW, for reading labels by eye before and after a change
// (diff two runs). With $LABEL_REVIEW_TRACE set to "all" or a story id
// it also writes the best name and term candidates of each thread (of
// that story) and their scores. Stories are split as
// import splits them, with their actors and document frequencies over
// the file's paragraphs. It is skipped unless $LABEL_REVIEW is set.
func TestLabelReview(t *testing.T) {
	out := os.Getenv("LABEL_REVIEW")
	if out == "" {
		t.Skip("set LABEL_REVIEW=FILE to write the dev-set labels")
	}
	trace := os.Getenv("LABEL_REVIEW_TRACE") // "": none, "all", or a story id
	type story struct {
		id    string
		texts []string
	}
	var stories []story
	eachJSONL(t, devdata.Path(t, "roundups-dev/roundups-dev.jsonl"), func(r struct {
		ID         string
		Paragraphs []string
		Threads    []*int
	}) bool {
		s := story{id: r.ID}
		for i, p := range r.Paragraphs {
			if i < len(r.Threads) && r.Threads[i] != nil {
				s.texts = append(s.texts, p)
			}
		}
		stories = append(stories, s)
		return true
	})
	if os.Getenv("LABEL_REVIEW_ROUNDUPS") == "" {
		eachJSONL(t, devdata.Path(t, "bbc-news/bbc-news.jsonl"), func(a struct{ ID, Body string }) bool {
			s := story{id: a.ID}
			for _, p := range strings.Split(a.Body, "\n\n") {
				if strings.TrimSpace(p) != "" {
					s.texts = append(s.texts, p)
				}
			}
			stories = append(stories, s)
			return true
		})
	}
	df := NewDocFreq()
	for _, s := range stories {
		for _, p := range s.texts {
			df.Add(p)
		}
	}
	var b strings.Builder
	for _, s := range stories {
		paras := paragraphs(s.texts)
		threads := Split(paras, actor.Extract(paras), df)
		for _, th := range threads {
			fmt.Fprintf(&b, "%s\t%d\t%s\n", s.id, th.N, th.Label)
			if trace == "all" || trace == s.id {
				traceLabel(&b, s.texts, th.Paragraphs, df)
			}
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// traceLabel labels the paragraphs picked of one story and writes its
// best name and term candidates.
func traceLabel(b *strings.Builder, texts []string, picked []int, stats Stats) {
	in := getInterner()
	defer putInterner(in)
	toks := tokenizeWith(in, texts)
	all := countTerms(toks, in.size())
	lb := newLabeler(all, newIDF(stats, len(toks), all.df))
	defer putLabeler(lb)
	lb.roles.learn(toks, in.size())
	var mine [][]word
	for _, p := range picked {
		mine = append(mine, toks[p])
	}
	lb.label(mine)
	for _, cs := range [][]*cand{lb.names, lb.terms} {
		cs = slices.Clone(cs)
		slices.SortFunc(cs, byScore)
		for _, c := range cs[:min(len(cs), 6)] {
			var ws []string
			for _, w := range c.words {
				ws = append(ws, w.surface)
			}
			last := c.words[len(c.words)-1]
			fmt.Fprintf(b, "\t\t%-30s %.2f n=%d noun=%.2f\n", strings.Join(ws, " "), c.score, c.count, lb.roles.nounFactor(last))
		}
		b.WriteString("\t\t--\n")
	}
}
