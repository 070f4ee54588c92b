package nlp

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestForLongSpans checks that the entities forLongSpans reads off a tag
// path are those of two or more tokens that appendSpansFromIOB finds in
// decodeInto's tags, for both schemes, on fixed and random paths
// (including ones the constraints forbid, such as an I after an O).
func TestForLongSpans(t *testing.T) {
	type span struct{ start, end, ty int }
	for _, scheme := range []string{"bilou", "bio"} {
		m := &Model{scheme: scheme}
		m.setup()
		nt := len(m.tags)
		tag := func(name string) int { return slices.Index(m.tags, name) }
		paths := [][]int{
			{},
			{0},
			{tag("B-PER"), tag("I-PER")},
			{tag("I-ORG"), tag("I-ORG"), 0, tag("B-LOC")},
			{tag("B-PER"), tag("I-LOC"), tag("I-LOC"), tag("B-PER"), tag("B-PER")},
		}
		r := rand.New(rand.NewPCG(3, 4))
		for range 2000 {
			p := make([]int, r.IntN(9))
			for i := range p {
				p[i] = r.IntN(nt)
			}
			paths = append(paths, p)
		}
		for _, path := range paths {
			var want []span
			for _, sp := range appendSpansFromIOB(nil, m.decode(path)) {
				if sp.End-sp.Start >= 2 {
					want = append(want, span{sp.Start, sp.End, typeIndex(sp.Type)})
				}
			}
			var got []span
			m.forLongSpans(path, func(start, end, ty int) { got = append(got, span{start, end, ty}) })
			if !slices.Equal(got, want) {
				t.Fatalf("%s %v: got %v, want %v", scheme, path, got, want)
			}
		}
	}
}
