package nlp

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/devdata"
)

// BenchmarkEntitiesBBC tags the paragraphs of BBC stories one by one, as
// the actor extraction does; one op is one story.
func BenchmarkEntitiesBBC(b *testing.B) {
	benchStories(b, devdata.BBCParagraphs(b, 100))
}

// BenchmarkEntitiesBBCAll is BenchmarkEntitiesBBC over all the BBC
// stories, whose vocabulary, like an import's, is too large for the
// caches in front of the word entries.
func BenchmarkEntitiesBBCAll(b *testing.B) {
	benchStories(b, devdata.BBCParagraphs(b, 0))
}

// benchStories tags the paragraphs of the stories in turn; one op is one
// story.
func benchStories(b *testing.B, stories [][]string) {
	DefaultModel()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		for _, p := range stories[i%len(stories)] {
			Entities(p)
		}
	}
}

// BenchmarkViterbi decodes the first-stage scores of the sentences of BBC
// stories; one op is one story's sentences.
func BenchmarkViterbi(b *testing.B) {
	m := DefaultModel()
	c := m.comp
	type sent struct {
		em []float32
		n  int
	}
	var stories [][]sent
	for _, paras := range devdata.BBCParagraphs(b, 200) {
		var ss []sent
		for _, p := range paras {
			buf := docPool.Get().(*docBuf)
			var words [][]string
			for _, s := range Sentences(p) {
				var w []string
				for _, t := range s {
					w = append(w, t.Text)
				}
				words = append(words, w)
			}
			prep, _ := m.prepareDocument(words, buf)
			for i := range prep {
				sc := new(scratch)
				sc.pacc = make([]uint64, c.words)
				n := len(prep[i].toks)
				var r sentRows
				m.lookup(sc, &prep[i], &buf.ctx, &r)
				base := make([]int32, n*c.stride)
				m.baseScores(sc, &prep[i], &r, base, nil)
				m.decodeSentence(sc, &prep[i], base, 0, nil, nil)
				ss = append(ss, sent{slices.Clone(sc.em[:n*len(m.tags)]), n})
			}
			buf.release()
		}
		stories = append(stories, ss)
	}
	var dp []float32
	var back []uint8
	var path []int
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		for _, s := range stories[i%len(stories)] {
			dp, back = grow(dp, len(s.em)), grow(back, len(s.em))
			path = m.viterbi(s.em, s.n, &c.trel[0], c.start[0], dp, back, path)
		}
	}
}
