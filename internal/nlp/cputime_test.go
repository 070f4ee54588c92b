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
