package nlp

import (
	"testing"

	"github.com/storyline/storyline/internal/devdata"
)

// BenchmarkEntitiesBBC tags the paragraphs of BBC stories one by one, as
// the actor extraction does; one op is one story.
func BenchmarkEntitiesBBC(b *testing.B) {
	stories := devdata.BBCParagraphs(b, 100)
	DefaultModel()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		for _, p := range stories[i%len(stories)] {
			Entities(p)
		}
	}
}
