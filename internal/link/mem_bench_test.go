package link

import (
	"encoding/json"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
)

// scanHeap returns the scannable heap of the last GC cycle (bytes the
// collector must mark through).
func scanHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/scan/heap:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// BenchmarkMemory reports the heap the linker holds per thread once the
// synthetic archive (LINK_BENCH_STORIES stories, else 20000) is loaded,
// how much of it the collector scans, and how long a full collection
// with the linker live takes.
func BenchmarkMemory(b *testing.B) {
	stories, _ := benchArchive()
	var raw [][]byte
	for _, st := range stories {
		for _, f := range st {
			j, err := json.Marshal(f)
			if err != nil {
				b.Fatal(err)
			}
			raw = append(raw, j)
		}
	}
	threads := len(raw)
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		scan0 := scanHeap()
		l := New()
		for _, j := range raw {
			var f Features
			if err := json.Unmarshal(j, &f); err != nil {
				b.Fatal(err)
			}
			l.Load(f, "")
		}
		runtime.GC()
		start := time.Now()
		runtime.GC()
		gc := time.Since(start)
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(threads), "B/thread")
		b.ReportMetric(float64(scanHeap()-scan0)/float64(threads), "scanB/thread")
		b.ReportMetric(float64(gc.Microseconds())/1000, "gc-ms")
		runtime.KeepAlive(l)
	}
}
