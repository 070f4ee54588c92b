package store

import (
	"fmt"
	"testing"
)

// EachChunk visits every story once, in arrival order, whatever the chunk
// size, and lets the callback rewrite the stories it was given.
func TestEachChunk(t *testing.T) {
	s, err := Open(t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const n = 23
	bt := &Batch{}
	for i := 0; i < n; i++ {
		// Ids in reverse order, so arrival order is not id order.
		bt.Records = append(bt.Records, rec(fmt.Sprintf("s%03d", n-i), fmt.Sprintf("Story %d", i), 1+i%28))
	}
	if err := s.Write(bt); err != nil {
		t.Fatal(err)
	}
	for _, size := range []int{1, 5, n, 100} {
		var got []string
		err := s.EachChunk(size, func(rs []*Record) error {
			if len(rs) > size {
				t.Errorf("chunk of %d, want at most %d", len(rs), size)
			}
			for _, r := range rs {
				got = append(got, r.Article.ID)
				r.Hash = fmt.Sprintf("rewritten-%d", size)
			}
			return s.Write(&Batch{Records: rs})
		})
		if err != nil {
			t.Fatalf("size %d: %v", size, err)
		}
		if len(got) != n {
			t.Fatalf("size %d: visited %d stories, want %d", size, len(got), n)
		}
		for i, id := range got {
			if want := fmt.Sprintf("s%03d", n-i); id != want {
				t.Fatalf("size %d: story %d is %s, want %s (arrival order)", size, i, id, want)
			}
		}
		if h := s.Hash("s001"); h != fmt.Sprintf("rewritten-%d", size) {
			t.Errorf("size %d: rewrite inside the walk lost: hash %q", size, h)
		}
	}
	if s.Count() != n {
		t.Errorf("count %d after rewrites", s.Count())
	}
}
