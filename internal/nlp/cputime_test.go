//go:build linux

package nlp

import (
	"os"
	"testing"

	"github.com/storyline/storyline/internal/devdata"
)

// TestThroughputCPU measures Entities throughput in thread CPU time, which
// unlike BenchmarkEntities is not disturbed by other processes on a busy
// machine. Run with NLP_CPUBENCH=1.
func TestThroughputCPU(t *testing.T) {
	if os.Getenv("NLP_CPUBENCH") == "" {
		t.Skip("set NLP_CPUBENCH=1 to measure throughput in CPU time")
	}
	DefaultModel()
	cpu := devdata.ThreadCPU(t)
	const n = 2000
	start := cpu()
	for i := 0; i < n; i++ {
		Entities(newsText)
	}
	d := cpu() - start
	t.Logf("%.2f MB/s per core (thread CPU time, %d bytes x %d in %s)", float64(len(newsText))*n/d.Seconds()/1e6, len(newsText), n, d)
}

// TestStoriesCPU measures Entities over the paragraphs of all the BBC
// stories, as the actor extraction tags them, in thread CPU time: a
// vocabulary as large as an import's, so the word caches miss as they do
// there. Run with NLP_CPUBENCH=1.
func TestStoriesCPU(t *testing.T) {
	if os.Getenv("NLP_CPUBENCH") == "" {
		t.Skip("set NLP_CPUBENCH=1 to measure throughput in CPU time")
	}
	stories := devdata.BBCParagraphs(t, 0)
	DefaultModel()
	cpu := devdata.ThreadCPU(t)
	var out []Entity
	for _, pass := range []string{"cold", "warm"} {
		start := cpu()
		for _, s := range stories {
			for _, p := range s {
				out = DefaultModel().AppendEntities(out[:0], p)
			}
		}
		d := cpu() - start
		t.Logf("%s: %.1f µs per story (thread CPU time, %d stories in %s)", pass, float64(d.Microseconds())/float64(len(stories)), len(stories), d)
	}
}
