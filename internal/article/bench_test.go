package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// benchArticle is a BBC-sized article body (about 2.3 KB, 8 paragraphs)
// of generated sentences.
func benchArticle(i int) (string, string) {
	var b strings.Builder
	for p := range 8 {
		if p > 0 {
			b.WriteString("\n\n")
		}
		for s := range 3 {
			fmt.Fprintf(&b, "Sentence %d of paragraph %d in story %d says the council met on Tuesday to discuss the harbour budget and the £%dm plan. ", s, p, i, i%90+1)
		}
	}
	return fmt.Sprintf("Story number %d about the harbour", i), b.String()
}

func benchJSONL(n int) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := range n {
		title, body := benchArticle(i)
		enc.Encode(map[string]string{"id": fmt.Sprintf("s/%d", i), "category": "news", "title": title, "body": body})
	}
	return buf.Bytes()
}

func BenchmarkParseJSONL(b *testing.B) {
	data := benchJSONL(500)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		arts, err := Parse("bench.jsonl", bytes.NewReader(data))
		if err != nil || len(arts) != 500 {
			b.Fatalf("%d articles, %v", len(arts), err)
		}
	}
}

func BenchmarkParseText(b *testing.B) {
	title, body := benchArticle(1)
	data := []byte(title + "\n\n" + body)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("bench.txt", bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkClean(b *testing.B) {
	_, body := benchArticle(7)
	var ps []Paragraph
	size := 0
	for _, p := range splitParagraphs(body + "\n\nView gallery\n\n+3\n\nShare this article") {
		ps = append(ps, Paragraph{Text: p})
		size += len(p)
	}
	a := &Article{Title: "Bench", Paragraphs: ps}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		Clean(a)
	}
}
