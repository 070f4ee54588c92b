package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/versions"
)

func rec(id, title string, day int) *Record {
	a := article.Article{ID: id, Title: title, Paragraphs: []article.Paragraph{{Text: title + " text."}}}
	if day > 0 {
		a.Published = time.Date(2026, 1, day, 0, 0, 0, 0, time.UTC)
	}
	return &Record{Article: a, Hash: "h-" + id, NLPVersion: "v"}
}

func TestWriteReadList(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	bt := &Batch{Records: []*Record{rec("aaaa1", "Old", 1), rec("bbbb2", "New", 20), rec("cccc3", "Undated", 0), rec("aaab4", "Mid", 10)}}
	if err := s.Write(bt); err != nil {
		t.Fatal(err)
	}
	if n := s.Count(); n != 4 {
		t.Fatalf("count %d", n)
	}
	ids, err := s.List(0, 10)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"bbbb2", "aaab4", "aaaa1", "cccc3"} // newest first, undated last
	for i := range want {
		if i >= len(ids) || ids[i] != want[i] {
			t.Fatalf("list %v, want %v", ids, want)
		}
	}
	if page, _ := s.List(1, 2); len(page) != 2 || page[0] != "aaab4" {
		t.Errorf("page %v", page)
	}
	// Everything written is pending until the index confirms it.
	if p, _ := s.Pending(); len(p) != 4 {
		t.Errorf("pending %v", p)
	}
	if err := s.ConfirmIndexed([]string{"aaaa1", "bbbb2"}); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Pending(); len(p) != 2 {
		t.Errorf("pending after confirm %v", p)
	}
	// Rewriting a story keeps the count and moves it in date order.
	if err := s.Write(&Batch{Records: []*Record{rec("aaaa1", "Old, updated", 25)}}); err != nil {
		t.Fatal(err)
	}
	if ids, _ := s.List(0, 1); s.Count() != 4 || ids[0] != "aaaa1" {
		t.Errorf("after update: count %d, first %v", s.Count(), ids)
	}
	r, err := s.Get("aaaa1")
	if err != nil || r == nil || r.Article.Title != "Old, updated" {
		t.Fatalf("get: %+v %v", r, err)
	}
	tests := []struct {
		prefix string
		want   int
	}{{"aaa", 2}, {"aaaa", 1}, {"bbbb2", 1}, {"zzz", 0}}
	for _, tt := range tests {
		if got, _ := s.ByPrefix(tt.prefix, 5); len(got) != tt.want {
			t.Errorf("ByPrefix(%q) = %v, want %d ids", tt.prefix, got, tt.want)
		}
	}
}

func TestSecondWriterAndEmptyFile(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = Open(dir, false)
	var le *LockedError
	if !errors.As(err, &le) || time.Since(start) > 2*time.Second {
		t.Fatalf("second writer: %v after %v", err, time.Since(start))
	}
	if le.Holder == "" {
		t.Error("the error should name the holder")
	}
	s.Close()

	// A reader (an open browser) blocks a writer too, and the error says
	// what to close, since no writer is there to name.
	r, err := Open(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir, false)
	if !errors.As(err, &le) || !le.Write || !strings.Contains(err.Error(), "browser") {
		t.Errorf("writer behind a reader: %v, want a LockedError that points at an open browser", err)
	}
	r.Close()

	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, FileName), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var de *DamagedError
	if _, err := Open(empty, true); !errors.As(err, &de) {
		t.Errorf("empty store: %v", err)
	}
}

// Write keeps each story's sketch beside its record, computing it when the
// record has none, and Get, GetText and Sketches read it back.
func TestSketches(t *testing.T) {
	s := openTemp(t)
	text := []article.Paragraph{{Text: "The harbour board raised the bridge toll by forty pence after a long meeting."}}
	given := versions.Of([]string{"another text entirely, given by the caller"})
	recs := []*Record{
		{Article: article.Article{ID: "given", Title: "A", Paragraphs: text}, Sketch: given},
		{Article: article.Article{ID: "computed", Title: "B", Paragraphs: text}},
		{Article: article.Article{ID: "empty", Title: "C"}},
	}
	if err := s.Write(&Batch{Records: recs}); err != nil {
		t.Fatal(err)
	}
	want := map[string]versions.Sketch{"given": given, "computed": versions.OfArticle(&recs[1].Article)}
	got, err := s.Sketches([]string{"given", "computed", "empty", "absent"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !bytes.Equal(got["given"], want["given"]) || !bytes.Equal(got["computed"], want["computed"]) {
		t.Errorf("Sketches = %v, want %v", got, want)
	}
	for _, id := range []string{"given", "computed"} {
		r, err := s.Get(id)
		if err != nil || r == nil || !bytes.Equal(r.Sketch, want[id]) {
			t.Errorf("Get(%s) sketch = %v (%v), want %v", id, r, err, want[id])
		}
		r, err = s.GetText(id)
		if err != nil || r == nil || !bytes.Equal(r.Sketch, want[id]) {
			t.Errorf("GetText(%s) sketch wrong (%v)", id, err)
		}
	}
	// A batch can set the sketch of a story it does not rewrite.
	if err := s.Write(&Batch{Sketches: map[string]versions.Sketch{"computed": given, "absent": given}}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Sketches([]string{"computed", "absent"}); err != nil || len(got) != 1 || !bytes.Equal(got["computed"], given) {
		t.Errorf("after a batch of sketches: %v (%v)", got, err)
	}
}
