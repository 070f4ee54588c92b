//go:build linux

package thread

import (
	"os"
	"testing"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/devdata"
)

// TestBBCSplitCPU measures SplitTerms over every BBC story once, as an
// import does (with the stories' actors, found beforehand, and document
// frequencies over all their paragraphs; the stem cache warm), in thread CPU time, which
// unlike a benchmark is not disturbed by other processes on a busy
// machine. Run with THREAD_CPUBENCH=1.
func TestBBCSplitCPU(t *testing.T) {
	if os.Getenv("THREAD_CPUBENCH") == "" {
		t.Skip("set THREAD_CPUBENCH=1 to measure SplitTerms over the BBC stories in CPU time")
	}
	df := NewDocFreq()
	var stories [][]article.Paragraph
	var actors [][]actor.Actor
	for _, texts := range devdata.BBCParagraphs(t, 0) {
		for _, p := range texts {
			df.Add(p)
		}
		ps := paragraphs(texts)
		stories = append(stories, ps)
		actors = append(actors, actor.Extract(ps))
	}
	split := func() {
		for i, ps := range stories {
			SplitTerms(ps, actors[i], df)
		}
	}
	split() // fill the stem cache outside the measurement
	devdata.LogStoryCPU(t, len(stories), split)
}
