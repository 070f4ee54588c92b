package nlp

import (
	"testing"

	"github.com/storyline/storyline/internal/devdata"
)

// BenchmarkEntitiesBBC tags the paragraphs of BBC stories one by one, as
// the actor extraction does; one op is one story.
func BenchmarkEntitiesBBC(b *testing.B) {
	benchStories(b, devdata.BBCParagraphs(b, 100))
}

// BenchmarkEntitiesBBCAll is BenchmarkEntitiesBBC over all the BBC
// stories, whose vocabulary, like an import's, is too large for the
// caches in front of the word entries.
func BenchmarkEntitiesBBCAll(b *testing.B) {
	benchStories(b, devdata.BBCParagraphs(b, 0))
}

// benchStories tags the paragraphs of the stories in turn; one op is one
// story.
func benchStories(b *testing.B, stories [][]string) {
	DefaultModel()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		for _, p := range stories[i%len(stories)] {
			Entities(p)
		}
	}
}
