package versions

import (
	"testing"

	"github.com/storyline/storyline/internal/devdata"
)

// BenchmarkOf sketches BBC stories (skipped without the data): the cost
// each story adds to an import.
func BenchmarkOf(b *testing.B) {
	stories := devdata.BBCParagraphs(b, 200)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Of(stories[i%len(stories)])
	}
}
