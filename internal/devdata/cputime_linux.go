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
