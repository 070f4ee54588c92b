package nlp

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// spanPaths returns tag paths of m to test span readers on: a few fixed
// ones and random ones, including some the constraints forbid (an I
// after an O).
func spanPaths(m *Model, seed uint64) [][]int {
	tag := func(name string) int { return slices.Index(m.tags, name) }
	paths := [][]int{
		{},
		{0},
		{tag("B-PER"), tag("I-PER")},
		{tag("I-ORG"), tag("I-ORG"), 0, tag("B-LOC")},
		{tag("B-PER"), tag("I-LOC"), tag("I-LOC"), tag("B-PER"), tag("B-PER")},
	}
	r := rand.New(rand.NewPCG(seed, 4))
	for range 3000 {
		p := make([]int, r.IntN(9))
		for i := range p {
			p[i] = r.IntN(len(m.tags))
		}
		paths = append(paths, p)
	}
	return paths
}

// TestForSpans checks that the entities forSpans reads off a tag path are
// those appendSpansFromIOB finds in decodeInto's tags, for both schemes.
func TestForSpans(t *testing.T) {
	for _, scheme := range []string{"bilou", "bio"} {
		m := &Model{scheme: scheme}
		m.setup()
		for _, path := range spanPaths(m, 3) {
			want := appendSpansFromIOB(nil, m.decode(path))
			var got []Span
			m.forSpans(path, func(start, end, ty int) { got = append(got, Span{start, end, entityTypes[ty-1]}) })
			if !slices.Equal(got, want) {
				t.Fatalf("%s %v: got %v, want %v", scheme, path, got, want)
			}
		}
	}
}

// TestAppendEntitySpans checks that the entities appendEntitySpans gives
// are those of the tags decodeInto gives after stripHonorifics, on paths
// over sentences of titles, role words and names.
func TestAppendEntitySpans(t *testing.T) {
	words := []string{"Mr", "Lord", "Dr.", "Chancellor", "president", "President", "minister", "Smith", "Rachel", "the", "Reeves", "Bank", "of"}
	r := rand.New(rand.NewPCG(5, 6))
	for _, scheme := range []string{"bilou", "bio"} {
		m := &Model{scheme: scheme}
		m.setup()
		for _, path := range spanPaths(m, 7) {
			toks := make([]tok, len(path))
			for i := range toks {
				f := m.prepareToken(words[r.IntN(len(words))])
				toks[i].tokFields = &f
			}
			tags := m.decode(path)
			stripHonorifics(toks, tags, nil)
			want := appendSpansFromIOB(nil, tags)
			got := m.appendEntitySpans(nil, toks, path)
			if !slices.Equal(got, want) {
				t.Fatalf("%s %v: got %v, want %v", scheme, path, got, want)
			}
		}
	}
}
