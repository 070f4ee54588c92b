package link

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/devdata"
)

// synth generates a deterministic news-like archive: storylines of a few
// stories each, sharing topic words and names, over a Zipf-distributed
// general vocabulary, spread over a year.
type synth struct {
	rng    *rand.Rand
	vocab  []string
	names  []string
	zipf   *rand.Zipf
	topics [][]string // per storyline: its words and names
}

func syllableWord(r *rand.Rand, n int) string {
	const cons, vows = "bcdfghklmnprstvwz", "aeiou"
	var b strings.Builder
	for range n {
		b.WriteByte(cons[r.IntN(len(cons))])
		b.WriteByte(vows[r.IntN(len(vows))])
	}
	if r.IntN(2) == 0 {
		b.WriteByte(cons[r.IntN(len(cons))])
	}
	return b.String()
}

func newSynth(seed uint64, storylines int) *synth {
	r := rand.New(rand.NewPCG(seed, 7))
	s := &synth{rng: r}
	for range 20000 {
		s.vocab = append(s.vocab, syllableWord(r, 2+r.IntN(3)))
	}
	for range 5000 {
		w := syllableWord(r, 2+r.IntN(2))
		s.names = append(s.names, strings.ToUpper(w[:1])+w[1:])
	}
	s.zipf = rand.NewZipf(r, 1.1, 2, uint64(len(s.vocab)-1))
	for range storylines {
		var t []string
		for range 12 {
			t = append(t, s.vocab[200+r.IntN(len(s.vocab)-200)])
		}
		for range 3 {
			t = append(t, s.names[r.IntN(len(s.names))]+" "+s.names[r.IntN(len(s.names))])
		}
		s.topics = append(s.topics, t)
	}
	return s
}

// text writes one thread of a storyline: sentences of general words with
// topic words and names mixed in.
func (s *synth) text(topic int) string {
	t := s.topics[topic]
	var b strings.Builder
	for range 6 + s.rng.IntN(6) {
		n := 12 + s.rng.IntN(10)
		for i := range n {
			var w string
			switch x := s.rng.IntN(100); {
			case x < 12:
				w = t[s.rng.IntN(12)]
			case x < 16:
				w = t[12+s.rng.IntN(3)]
			default:
				w = s.vocab[s.zipf.Uint64()]
			}
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			if i < n-1 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(". ")
	}
	return b.String()
}

// stories returns n synthetic stories of one or two threads each.
func (s *synth) stories(n int) [][]Features {
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([][]Features, n)
	for i := range n {
		id := fmt.Sprintf("s%05d", i)
		topic := s.rng.IntN(len(s.topics))
		day := topic*365/len(s.topics) + s.rng.IntN(10)
		threads := 1 + s.rng.IntN(2)
		for k := range threads {
			if k > 0 {
				topic = s.rng.IntN(len(s.topics))
			}
			out[i] = append(out[i], Featurize(ThreadDoc{
				ID: fmt.Sprintf("%s#%d", id, k+1), Story: id, Title: "story " + id,
				Published: base.AddDate(0, 0, day), Text: s.text(topic),
			}))
		}
	}
	return out
}

var (
	benchOnce    sync.Once
	benchStories [][]Features
	benchExtra   [][]Features
)

// benchArchive returns 20k synthetic stories (about 30k threads) and some
// extra ones to add, generated once.
func benchArchive() ([][]Features, [][]Features) {
	benchOnce.Do(func() {
		s := newSynth(1, benchSize()/4) // four stories a storyline
		benchStories = s.stories(benchSize())
		benchExtra = s.extra(200)
	})
	return benchStories, benchExtra
}

// extra returns n more stories under their own ids ("x00001"), to add to
// an archive of s.stories.
func (s *synth) extra(n int) [][]Features {
	out := s.stories(n)
	for i, st := range out {
		for k := range st {
			st[k].Story = fmt.Sprintf("x%05d", i)
			st[k].ID = fmt.Sprintf("x%05d#%d", i, k+1)
		}
	}
	return out
}

// benchAdd builds a linker of stories by Add, then times adding (and
// untimed removing) one of extra per iteration.
func benchAdd(b *testing.B, stories, extra [][]Features) {
	l := New()
	for _, st := range stories {
		l.Add(st)
	}
	// The thread's CPU time (which a busy machine does not disturb, but
	// which counts the untimed removals too: the clock only ticks).
	cpu := devdata.ThreadCPU(b)
	b.ResetTimer()
	start := cpu()
	for i := 0; i < b.N; i++ {
		st := extra[i%len(extra)]
		l.Add(st)
		b.StopTimer()
		l.Remove(st[0].Story)
		b.StartTimer()
	}
	b.ReportMetric(float64((cpu()-start).Nanoseconds())/float64(b.N), "cpu+rm-ns/op")
}

// BenchmarkAddOne measures linking one new story into a 20k-story archive
// (LINK_BENCH_STORIES=100000 for a 100k one).
func BenchmarkAddOne(b *testing.B) {
	stories, extra := benchArchive()
	benchAdd(b, stories, extra)
}

// BenchmarkAddOneBySize measures linking one new story into archives of
// growing size (built by Add, so their arcs are real): the cost per story
// should stay about flat.
func BenchmarkAddOneBySize(b *testing.B) {
	for _, size := range []int{2500, 5000, 10000, 20000} {
		b.Run(strconv.Itoa(size), func(b *testing.B) {
			s := newSynth(1, size/4)
			stories := s.stories(size)
			benchAdd(b, stories, s.extra(100))
		})
	}
}

// BenchmarkRelink20k measures a full relink of 20k stories.
func BenchmarkRelink20k(b *testing.B) {
	stories, _ := benchArchive()
	l := New()
	for _, st := range stories {
		for _, f := range st {
			l.Load(f, "")
		}
	}
	cpu := devdata.ThreadCPU(b)
	b.ResetTimer()
	gc0, cpu0 := gcStats()
	start := cpu()
	for i := 0; i < b.N; i++ {
		l.Relink()
	}
	b.ReportMetric(float64((cpu()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
	gc1, cpu1 := gcStats()
	b.ReportMetric(float64(gc1-gc0)/float64(b.N), "gcs/op")
	b.ReportMetric((cpu1-cpu0)*1000/float64(b.N), "gc-cpu-ms/op")
	b.ReportMetric(float64(l.Len()), "threads")
	b.ReportMetric(float64(len(l.Arcs())), "arcs")
}

// gcStats returns the number of collections so far and the CPU time they
// took, in seconds.
func gcStats() (uint64, float64) {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}, {Name: "/cpu/classes/gc/total:cpu-seconds"}}
	metrics.Read(s)
	return s[0].Value.Uint64(), s[1].Value.Float64()
}

// benchSize is the number of archive stories (LINK_BENCH_STORIES, else
// 20000).
func benchSize() int {
	if n, err := strconv.Atoi(os.Getenv("LINK_BENCH_STORIES")); err == nil && n > 0 {
		return n
	}
	return 20000
}

// BenchmarkFeaturize measures featurising the threads of the invented
// bridge stories, with actors as an import passes them.
func BenchmarkFeaturize(b *testing.B) {
	var docs []ThreadDoc
	bytes := 0
	for _, s := range bridge {
		for n := range s.threads {
			d := s.doc(n + 1)
			d.Actors = []string{"per:mara quist", "loc:norlund"}
			docs = append(docs, d)
			bytes += len(d.Text)
		}
	}
	benchFeaturize(b, docs, bytes)
}

// BenchmarkFeaturizeBBC featurises 1,000 BBC stories, each as one thread
// of its whole body, per op: a real vocabulary, whose words the
// featurizer's look-ups meet as import meets them.
func BenchmarkFeaturizeBBC(b *testing.B) {
	var docs []ThreadDoc
	bytes := 0
	for i, ps := range devdata.BBCParagraphs(b, 1000) {
		d := ThreadDoc{ID: strconv.Itoa(i) + "#1", Story: strconv.Itoa(i), Title: ps[0], Text: strings.Join(ps[1:], "\n\n")}
		docs = append(docs, d)
		bytes += len(d.Text)
	}
	benchFeaturize(b, docs, bytes)
}

// benchFeaturize featurises docs (bytes of text in all) once per op,
// reporting throughput, allocations and the thread's CPU per op.
func benchFeaturize(b *testing.B, docs []ThreadDoc, bytes int) {
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	cpu := devdata.ThreadCPU(b)
	start := cpu()
	for b.Loop() {
		for _, d := range docs {
			Featurize(d)
		}
	}
	b.ReportMetric(float64((cpu()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
}
