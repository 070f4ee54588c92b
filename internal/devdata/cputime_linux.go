package devdata

import (
	"runtime"
	"syscall"
	"testing"
	"time"
)

// ThreadCPU locks the calling goroutine to its OS thread (until the test
// ends) and returns a function reading that thread's CPU time, which,
// unlike a benchmark's wall time, other processes on a busy machine do not
// disturb. It skips tb where the system has no per-thread CPU time.
func ThreadCPU(tb testing.TB) func() time.Duration {
	tb.Helper()
	runtime.LockOSThread()
	tb.Cleanup(runtime.UnlockOSThread)
	return func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
			tb.Skip("no per-thread CPU time:", err)
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
}

// LogStoryCPU runs fn, which goes over n stories once, and logs its
// thread CPU time per story (see ThreadCPU; the garbage collector's
// workers run on other threads and are not counted).
func LogStoryCPU(tb testing.TB, n int, fn func()) {
	tb.Helper()
	cpu := ThreadCPU(tb)
	start := cpu()
	fn()
	d := cpu() - start
	tb.Logf("%.3f ms per story (thread CPU time, %d stories in %s; GC not included)", d.Seconds()*1e3/float64(n), n, d)
}
