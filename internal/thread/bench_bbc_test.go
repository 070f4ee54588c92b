package thread

import (
	"strings"
	"sync"
	"testing"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/devdata"
)

// benchStory is one BBC article as import hands it to Split.
type benchStory struct {
	paras  []article.Paragraph
	texts  []string
	actors []actor.Actor
}

var (
	benchOnce    sync.Once
	benchStories []benchStory
	benchDF      *DocFreq
)

// benchEach runs fn on one of the first 200 BBC articles per op (with
// their actors and document frequencies over their paragraphs, loaded
// once per test binary), as import meets them.
func benchEach(b *testing.B, fn func(s benchStory, df *DocFreq)) {
	path := devdata.Path(b, "bbc-news/bbc-news.jsonl")
	benchOnce.Do(func() {
		benchDF = NewDocFreq()
		eachJSONL(b, path, func(a struct{ Body string }) bool {
			var s benchStory
			for _, p := range strings.Split(a.Body, "\n\n") {
				if strings.TrimSpace(p) != "" {
					s.texts = append(s.texts, p)
					benchDF.Add(p)
				}
			}
			s.paras = paragraphs(s.texts)
			s.actors = actor.Extract(s.paras)
			benchStories = append(benchStories, s)
			return len(benchStories) < 200
		})
	})
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		fn(benchStories[i%len(benchStories)], benchDF)
		i++
	}
}

// BenchmarkSplitBBC splits a BBC article with its actors and archive-like
// document frequencies, as import does.
func BenchmarkSplitBBC(b *testing.B) {
	benchEach(b, func(s benchStory, df *DocFreq) { Split(s.paras, s.actors, df) })
}

// BenchmarkLabelBBC labels the first half of a BBC article against the
// rest.
func BenchmarkLabelBBC(b *testing.B) {
	benchEach(b, func(s benchStory, df *DocFreq) {
		k := (len(s.texts) + 1) / 2
		Label(s.texts[:k], s.texts[k:], df)
	})
}

// BenchmarkTermsBBC takes the Terms of every paragraph of a BBC article,
// as the archive counts document frequencies.
func BenchmarkTermsBBC(b *testing.B) {
	benchEach(b, func(s benchStory, _ *DocFreq) {
		for _, t := range s.texts {
			Terms(t)
		}
	})
}

// BenchmarkAnalyseBBC runs what import runs on each story of its own:
// actor extraction with the embedded tagger, then the split with terms.
func BenchmarkAnalyseBBC(b *testing.B) {
	benchEach(b, func(s benchStory, df *DocFreq) {
		SplitTerms(s.paras, actor.Extract(s.paras), df)
	})
}
