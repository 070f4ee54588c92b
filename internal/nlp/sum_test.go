package nlp

import (
	"math/rand/v2"
	"testing"
)

// TestUnpackBILOU checks the unrolled unpacking of one BILOU stage against
// setLanes, the general loop, on edge and random packed sums.
func TestUnpackBILOU(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := []struct {
		name  string
		count int // rows summed
		lane  func() uint64
	}{
		{"one row, all zero weights", 1, func() uint64 { return laneBias }},
		{"one row, extremes", 1, func() uint64 { return uint64(1 + r.IntN(2*laneBias-1)) }},
		{"many rows", maxPacked - 1, func() uint64 { return uint64(r.IntN((maxPacked - 1) * (2*laneBias - 1))) }},
	}
	for _, tc := range cases {
		for range 100 {
			var acc [sumWords / 2]uint64
			for j := range acc {
				acc[j] = tc.lane() | tc.lane()<<laneBits | tc.lane()<<(2*laneBits)
			}
			bias := int32(tc.count * laneBias)
			want := make([]int32, bilouTags)
			setLanes(acc[:], want, bias)
			var got [bilouTags]int32
			unpackBILOU(&acc, &got, bias)
			for k := range got {
				if got[k] != want[k] {
					t.Fatalf("%s: tag %d: got %d, want %d (acc %x)", tc.name, k, got[k], want[k], acc)
				}
			}
		}
	}
}
