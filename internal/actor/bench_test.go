package actor

import (
	"fmt"
	"strconv"
	"sync"
	"testing"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/devdata"
	"github.com/storyline/storyline/internal/nlp"
)

// benchArticle is an invented round-up of about 700 words in 24
// paragraphs, the size of a typical news story.
func benchArticle() []article.Paragraph {
	base := []string{
		"Chancellor Priya Marsh will set out her budget on Wednesday, Downing Street said, after weeks of briefing against her by Liberal leader Sir Tomas Reyne.",
		"Ms Marsh told MPs that the Chancellor's plan would protect pensions while cutting the deficit by £20billion over five years.",
		"Sir Tomas said Marsh's numbers did not add up and accused the Treasury of hiding the cost of the new rail line to Leeds.",
		"Meanwhile, Health Secretary Dame Ada Kell faced questions over hospital waiting lists in the North East, which rose for the sixth month in a row.",
		"Pictured: Dame Ada Kell arriving at the Department of Health on Monday",
		"Harvest Foods boss Lena Ortiz, 54, said the supermarket would hire 3,000 staff, and Harvest Foods shares rose 4 per cent.",
		"German Chancellor Friedrich Merz called Ms Marsh on Thursday to discuss trade, according to officials in Berlin.",
		"Labour MP Jo Bloggs said the Tory leader had lost his way. Bloggs added: 'The country deserves better.'",
	}
	var out []article.Paragraph
	for i := 0; i < 3; i++ {
		for _, t := range base {
			out = append(out, article.Paragraph{Text: t})
		}
	}
	return out
}

// cachedEntities runs the entity source once per paragraph so that the
// benchmark measures resolution alone.
func cachedEntities(ps []article.Paragraph, src EntityFunc) EntityFunc {
	cache := make(map[string][]nlp.Entity)
	for _, p := range ps {
		cache[p.Text] = src(p.Text)
	}
	return func(text string) []nlp.Entity { return cache[text] }
}

// BenchmarkExtract measures actor resolution on a typical article, the
// named-entity tagger excluded (its output is cached).
func BenchmarkExtract(b *testing.B) {
	ps := benchArticle()
	src := cachedEntities(ps, nlp.Entities)
	bytes := 0
	for _, p := range ps {
		bytes += len(p.Text)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		ExtractWith(ps, src)
	}
}

// BenchmarkExtractWithNER includes the embedded tagger, for comparison.
func BenchmarkExtractWithNER(b *testing.B) {
	ps := benchArticle()
	for b.Loop() {
		Extract(ps)
	}
}

func TestBenchArticle(t *testing.T) {
	got := ExtractWith(benchArticle(), cachedEntities(benchArticle(), nlp.Entities))
	for _, n := range []string{"Priya Marsh", "Tomas Reyne", "Ada Kell"} {
		if a := find(got, n); a == nil || a.Kind != Person {
			t.Errorf("no person %q in %s", n, summary(got))
		}
	}
}

// BenchmarkRegistry builds an archive registry of 5,000 stories with 15
// actors each, drawn from a pool of invented names (so that people recur
// and surnames alone attach), then ranks it.
func BenchmarkRegistry(b *testing.B) {
	first := []string{"Ada", "Omar", "Lena", "Tomas", "Priya", "Hal", "Bea", "Ivo", "Nell", "Orrin", "Marta", "Gregor"}
	last := []string{"Kell", "Lind", "Ortiz", "Reyne", "Marsh", "Norris", "Crane", "Brandt", "Avery", "Tate", "Hoek", "Vance", "Fenwick", "Harlow"}
	stories := make([][]Actor, 5000)
	for s := range stories {
		for i := 0; i < 15; i++ {
			n := (s*7 + i*13) % (len(first) * len(last))
			name := first[n%len(first)] + " " + last[(n/len(first))%len(last)]
			if i%5 == 4 {
				name = last[(n/len(first))%len(last)] // a surname alone
			}
			stories[s] = append(stories[s], Actor{Name: name, Kind: Person, Mentions: 1 + i%3})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		r := NewRegistry()
		for s, as := range stories {
			r.Add("s"+strconv.Itoa(s), as)
		}
		r.Ranked(50)
	}
}

// BenchmarkExtractBBC runs Extract, the embedded tagger included, over
// the first 100 stories of the BBC development set (as the import parses
// them); one op is one story.
func BenchmarkExtractBBC(b *testing.B) {
	arts, err := article.ParseFile(devdata.Path(b, "bbc-news/bbc-news.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	arts = arts[:min(len(arts), 100)]
	Extract(arts[0].Paragraphs) // load the model outside the measurement
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Extract(arts[i%len(arts)].Paragraphs)
	}
}

// TestExtractConcurrent runs Extract on two stories from several
// goroutines at once, as the import does, and checks every result against
// a sequential run: the recycled buffers and shared caches must not leak
// between calls.
func TestExtractConcurrent(t *testing.T) {
	stories := [][]article.Paragraph{benchArticle(), paras(politicsRoundup...)}
	want := make([]string, len(stories))
	for i, s := range stories {
		want[i] = fmt.Sprint(Extract(s))
	}
	got := make([][]string, 4) // per goroutine, its results in order
	var wg sync.WaitGroup
	for g := range got {
		wg.Go(func() {
			for r := 0; r < 5; r++ {
				got[g] = append(got[g], fmt.Sprint(Extract(stories[(g+r)%len(stories)])))
			}
		})
	}
	wg.Wait()
	for g, rs := range got {
		for r, s := range rs {
			if i := (g + r) % len(stories); s != want[i] {
				t.Errorf("story %d: concurrent Extract gave %s, want %s", i, s, want[i])
			}
		}
	}
}

// BenchmarkExtractBBCCached is BenchmarkExtractBBC with the tagger's
// output cached, so that it measures the rules alone; one op is one
// story.
func BenchmarkExtractBBCCached(b *testing.B) {
	arts, err := article.ParseFile(devdata.Path(b, "bbc-news/bbc-news.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	arts = arts[:min(len(arts), 100)]
	srcs := make([]EntityFunc, len(arts))
	for i, a := range arts {
		srcs[i] = cachedEntities(a.Paragraphs, nlp.Entities)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		ExtractWith(arts[i%len(arts)].Paragraphs, srcs[i%len(arts)])
	}
}
