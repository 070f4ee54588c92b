//go:build linux

package actor

import (
	"os"
	"testing"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/devdata"
	"github.com/storyline/storyline/internal/nlp"
)

// TestBBCExtractCPU measures Extract (the embedded tagger included) over
// every BBC story once, as an import does, in thread CPU time, which
// unlike a benchmark is not disturbed by other processes on a busy
// machine. Run with ACTOR_CPUBENCH=1.
func TestBBCExtractCPU(t *testing.T) {
	if os.Getenv("ACTOR_CPUBENCH") == "" {
		t.Skip("set ACTOR_CPUBENCH=1 to measure Extract over the BBC stories in CPU time")
	}
	stories := bbcStories(t)
	Extract(stories[0]) // load the model outside the measurement
	devdata.LogStoryCPU(t, len(stories), func() {
		for _, ps := range stories {
			Extract(ps)
		}
	})
}

// TestBBCRulesCPU is TestBBCExtractCPU with the tagger's answers
// remembered from a first pass, so that it measures the rules alone. Run
// with ACTOR_CPUBENCH=1.
func TestBBCRulesCPU(t *testing.T) {
	if os.Getenv("ACTOR_CPUBENCH") == "" {
		t.Skip("set ACTOR_CPUBENCH=1 to measure the rules of Extract over the BBC stories in CPU time")
	}
	stories := bbcStories(t)
	tagged := make(map[string][]nlp.Entity)
	src := func(text string) []nlp.Entity {
		es, ok := tagged[text]
		if !ok {
			es = nlp.Entities(text)
			tagged[text] = es
		}
		return es
	}
	for _, ps := range stories {
		ExtractWith(ps, src) // tag every paragraph and probed name
	}
	devdata.LogStoryCPU(t, len(stories), func() {
		for _, ps := range stories {
			ExtractWith(ps, src)
		}
	})
}

// bbcStories returns every BBC story's paragraphs (its title first).
func bbcStories(t *testing.T) [][]article.Paragraph {
	var stories [][]article.Paragraph
	for _, texts := range devdata.BBCParagraphs(t, 0) {
		ps := make([]article.Paragraph, len(texts))
		for i, p := range texts {
			ps[i] = article.Paragraph{Text: p}
		}
		stories = append(stories, ps)
	}
	return stories
}
