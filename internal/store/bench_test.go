package store

import (
	"testing"

	"github.com/storyline/storyline/internal/demo"
)

// BenchmarkEncodeRecords encodes the demo archive's stories as records
// (JSON and zstd with the dictionary), as every import does once a story.
func BenchmarkEncodeRecords(b *testing.B) {
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	recs := make([]*Record, len(arts))
	for i, a := range arts {
		recs[i] = &Record{Article: a, Hash: "h", NLPVersion: "v"}
	}
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = 0
		for _, r := range recs {
			v, err := encode(r)
			if err != nil {
				b.Fatal(err)
			}
			n += len(v)
		}
	}
	b.ReportMetric(float64(n), "bytes")
}
