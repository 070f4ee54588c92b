//go:build linux

package nlp

import (
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// TestThroughputCPU measures Entities throughput in thread CPU time, which
// unlike BenchmarkEntities is not disturbed by other processes on a busy
// machine. Run with NLP_CPUBENCH=1.
func TestThroughputCPU(t *testing.T) {
	if os.Getenv("NLP_CPUBENCH") == "" {
		t.Skip("set NLP_CPUBENCH=1 to measure throughput in CPU time")
	}
	DefaultModel()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cpu := func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
			t.Skip("no per-thread CPU time:", err)
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	const n = 2000
	start := cpu()
	for i := 0; i < n; i++ {
		Entities(newsText)
	}
	d := cpu() - start
	t.Logf("%.2f MB/s per core (thread CPU time, %d bytes x %d in %s)", float64(len(newsText))*n/d.Seconds()/1e6, len(newsText), n, d)
}
