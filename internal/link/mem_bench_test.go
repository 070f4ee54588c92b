package link

import (
	"encoding/json"
	"runtime"
	"testing"
)

// BenchmarkMemory reports the heap the linker holds per thread once the
// synthetic archive (LINK_BENCH_STORIES stories, else 20000) is loaded.
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
		l := New()
		for _, j := range raw {
			var f Features
			if err := json.Unmarshal(j, &f); err != nil {
				b.Fatal(err)
			}
			l.Load(f, "")
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(threads), "B/thread")
		runtime.KeepAlive(l)
	}
}
