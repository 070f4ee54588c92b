package store

import (
	"fmt"
	"testing"
)

// TestWriteKeepsEveryDF writes document frequencies of many sizes (one-,
// two- and three-byte varints) in one batch, then adds to them in a
// second, and reads back each term's own count. bbolt keeps a reference
// to a value until the transaction commits, so values encoded into one
// reused buffer all came back as the last one encoded (which one depends
// on map order: a rare reindex got other threads).
func TestWriteKeepsEveryDF(t *testing.T) {
	s, err := Open(t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	want := map[string]int{}
	for i := 1; i <= 300; i++ {
		want[fmt.Sprintf("term%03d", i)] = i * i // 1 … 90,000
	}
	if err := s.Write(&Batch{DF: want, Docs: 100000}); err != nil {
		t.Fatal(err)
	}
	inc := map[string]int{}
	for k := range want {
		inc[k] = 1
	}
	if err := s.Write(&Batch{DF: inc, Docs: 1}); err != nil {
		t.Fatal(err)
	}
	got, n, err := s.DF()
	if err != nil {
		t.Fatal(err)
	}
	if n != 100001 {
		t.Errorf("documents: got %d, want 100001", n)
	}
	bad := 0
	for k, v := range want {
		if got[k] != v+1 {
			bad++
			if bad <= 5 {
				t.Errorf("DF(%s) = %d, want %d", k, got[k], v+1)
			}
		}
	}
	if bad > 0 || len(got) != len(want) {
		t.Errorf("%d of %d counts wrong; %d terms stored", bad, len(want), len(got))
	}
}
