package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCompactKeepsEverything(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	// Many small batches of random-looking ids: the pattern that leaves
	// half-empty pages behind.
	const n = 1200
	for b := 0; b < n/50; b++ {
		bt := &Batch{}
		for i := 0; i < 50; i++ {
			k := b*50 + i
			id := fmt.Sprintf("%08x", uint32(k)*2654435761)
			r := rec(id, fmt.Sprintf("Story %d", k), 1+k%28)
			r.Article.Paragraphs[0].Text = strings.Repeat(fmt.Sprintf("word%d ", k), 200)
			bt.Records = append(bt.Records, r)
		}
		if err := s.Write(bt); err != nil {
			t.Fatal(err)
		}
	}
	file, used, err := s.Slack()
	if err != nil || used <= 0 || used > file {
		t.Fatalf("slack %d %d %v", file, used, err)
	}
	if err := s.Compact(); err != nil {
		t.Fatal(err)
	}
	after, used2, err := s.Slack()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("file %d bytes (%d used) -> %d (%d used)", file, used, after, used2)
	if after >= file {
		t.Errorf("compaction did not shrink the file: %d -> %d", file, after)
	}
	if s.Count() != n {
		t.Errorf("count %d after compaction, want %d", s.Count(), n)
	}
	got := 0
	if err := s.Each(func(r *Record) error { got++; return nil }); err != nil || got != n {
		t.Errorf("each: %d stories, %v", got, err)
	}
	// The store stays writable.
	if err := s.Write(&Batch{Records: []*Record{rec("zzzz9", "After", 3)}}); err != nil {
		t.Fatal(err)
	}
	if r, err := s.Get("zzzz9"); err != nil || r == nil {
		t.Errorf("get after compaction: %v %v", r, err)
	}
	// A compaction a crash cut short leaves a file that the next open
	// removes, leaving the store as it was.
	s.Close()
	tmp := filepath.Join(dir, FileName+compactSuffix)
	if err := os.WriteFile(tmp, []byte("half a compaction"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err = Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Errorf("leftover compaction file still there: %v", err)
	}
	if s.Count() != n+1 {
		t.Errorf("count %d after reopen", s.Count())
	}
}

// Walks over the whole store call the pace function as they go, so the
// archive can drop the pages they map.
func TestWalksArePaced(t *testing.T) {
	s, err := Open(t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	// Text that does not compress: 12 MiB of records.
	x := uint32(1)
	bt := &Batch{}
	for i := 0; i < 2000; i++ {
		r := rec(fmt.Sprintf("s%05d", i), fmt.Sprintf("Story %d", i), 1+i%28)
		var b strings.Builder
		for j := 0; j < 6<<10; j++ {
			x = x*1664525 + 1013904223
			b.WriteByte(byte('a' + x>>27))
		}
		r.Article.Paragraphs[0].Text = b.String()
		bt.Records = append(bt.Records, r)
	}
	if err := s.Write(bt); err != nil {
		t.Fatal(err)
	}
	calls := 0
	s.SetPace(func() { calls++ })
	walks := []struct {
		name string
		walk func() error
	}{
		{"Each", func() error { return s.Each(func(*Record) error { return nil }) }},
		{"Slack", func() error { _, _, err := s.Slack(); return err }},
		{"Compact", s.Compact},
	}
	for _, w := range walks {
		calls = 0
		if err := w.walk(); err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		if calls == 0 {
			t.Errorf("%s read the whole store without calling the pace function", w.name)
		}
	}
	if s.Count() != 2000 {
		t.Errorf("count %d after compaction", s.Count())
	}
}
