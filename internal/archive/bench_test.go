package archive

import (
	"context"
	"fmt"
	"testing"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/demo"
	"github.com/storyline/storyline/internal/devdata"
	"github.com/storyline/storyline/internal/link"
)

// BenchmarkSearch runs a query-string mix with highlighting over the demo
// archive (`storyline bench` measures the same at scale).
func BenchmarkSearch(b *testing.B) {
	a, err := Open(b.TempDir(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	ctx := context.Background()
	if _, err := a.ImportFS(ctx, demo.Files(), ImportOptions{}); err != nil {
		b.Fatal(err)
	}
	queries := []string{"customs", `"rail strike"`, "flood barrier inquiry", `actor:"Priya Marsh"`, "+rate -strike", `published:>"2026-10-20" fire`, "title:briefing"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := a.Search(ctx, queries[i%len(queries)], 20); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportDemo imports the demo archive end to end (parse, NER,
// actors, threads, links, store, index).
func BenchmarkImportDemo(b *testing.B) {
	for i := 0; i < b.N; i++ {
		a, err := Open(b.TempDir(), Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := a.ImportFS(context.Background(), demo.Files(), ImportOptions{}); err != nil {
			b.Fatal(err)
		}
		a.Close()
	}
}

// BenchmarkStoryTerms counts the document-frequency terms of the demo
// stories and adds them to a table, as an import's first pass does.
func BenchmarkStoryTerms(b *testing.B) {
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		df := map[string]int{}
		for i := range arts {
			storyTerms(&arts[i]).tally(df, 1)
		}
	}
}

// BenchmarkOtherMatters marks the threads of the demo stories that their
// title is not about, as if each were a round-up.
func BenchmarkOtherMatters(b *testing.B) {
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	var docs [][]link.ThreadDoc
	for _, a := range arts {
		var d []link.ThreadDoc
		for _, p := range a.Paragraphs {
			d = append(d, link.ThreadDoc{Text: p.Text})
		}
		docs = append(docs, d)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, a := range arts {
			otherMatters(a.Title, docs[i])
		}
	}
}

// BenchmarkInputTerms runs an import's first, parse-only pass over 1,000
// BBC stories in ten inputs: their terms counted into fresh statistics.
func BenchmarkInputTerms(b *testing.B) {
	var inputs []input
	var arts []article.Article
	for i, ps := range devdata.BBCParagraphs(b, 1000) {
		a := article.Article{ID: fmt.Sprint(i), Title: ps[0]}
		for _, p := range ps[1:] {
			a.Paragraphs = append(a.Paragraphs, article.Paragraph{Text: p})
		}
		arts = append(arts, a)
		if len(arts) == 100 {
			file := arts
			inputs = append(inputs, input{path: fmt.Sprint(len(inputs)), open: func() ([]article.Article, error) { return file, nil }})
			arts = nil
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		stats := &docFreq{df: map[string]int{}}
		if err := addInputTerms(context.Background(), stats, inputs, 2, make([]*parsedFile, len(inputs))); err != nil {
			b.Fatal(err)
		}
	}
}
