package store

import (
	"encoding/binary"
	"math"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The list: dated stories newest first (1970 and before with the
// oldest), then undated ones, the last to arrive first; a rewrite keeps
// an undated story's place.
func TestListOrder(t *testing.T) {
	s, err := Open(t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	old := rec("old000000001", "Moon landing", 0)
	old.Article.Published = time.Date(1969, 7, 20, 0, 0, 0, 0, time.UTC)
	epoch := rec("epoch0000001", "Epoch", 0)
	epoch.Article.Published = time.Unix(0, 0)
	batches := [][]*Record{
		{rec("u1aaaaaaaaaa", "First undated", 0), rec("d1aaaaaaaaaa", "Dated", 5), rec("u2aaaaaaaaaa", "Second undated", 0)},
		{rec("u3aaaaaaaaaa", "Third undated", 0), old, epoch, rec("d2aaaaaaaaaa", "Later", 9)},
		{rec("u1aaaaaaaaaa", "First undated, updated", 0)},
	}
	for _, b := range batches {
		if err := s.Write(&Batch{Records: b}); err != nil {
			t.Fatal(err)
		}
	}
	ids, err := s.List(0, 10)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"d2aaaaaaaaaa", "d1aaaaaaaaaa", "epoch0000001", "old000000001", "u3aaaaaaaaaa", "u2aaaaaaaaaa", "u1aaaaaaaaaa"}
	if !slices.Equal(ids[:min(len(ids), len(want))], want) || len(ids) != len(want) {
		t.Fatalf("List = %v\nwant   %v", ids, want)
	}
	if page, _ := s.List(4, 2); !slices.Equal(page, want[4:6]) {
		t.Errorf("List(4, 2) = %v, want %v", page, want[4:6])
	}
}

// An archive written with the old keys (undated: the mark + id, so in id
// order; before 1970: overflowed) lists in the new order after an
// upgrade, with nothing lost or doubled.
func TestByDateUpgrade(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	old := rec("old000000001", "Moon landing", 0)
	old.Article.Published = time.Date(1969, 7, 20, 0, 0, 0, 0, time.UTC)
	recs := []*Record{rec("zzundated001", "Undated, first in", 0), rec("aaundated002", "Undated, second in", 0), rec("dated0000001", "Dated", 3), old}
	if err := s.Write(&Batch{Records: recs}); err != nil {
		t.Fatal(err)
	}
	// Put the keys back as an older storyline wrote them.
	err = s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bByDate); err != nil {
			return err
		}
		bd, err := tx.CreateBucket(bByDate)
		if err != nil {
			return err
		}
		for _, r := range recs {
			var t int64
			if !r.Article.Published.IsZero() {
				t = r.Article.Published.Unix()
			}
			k := binary.BigEndian.AppendUint64(nil, uint64(math.MaxInt64-t))
			if err := bd.Put(append(k, r.Article.ID...), nil); err != nil {
				return err
			}
		}
		// A key whose story is gone.
		if err := bd.Put(append(slices.Clone(undatedMark), "gone00000001"...), nil); err != nil {
			return err
		}
		return tx.Bucket(bMeta).Delete(keyByDateV)
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = upgraded(t, dir)
	defer s.Close()
	ids, err := s.List(0, 10)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"dated0000001", "old000000001", "aaundated002", "zzundated001"}
	if !slices.Equal(ids, want) {
		t.Fatalf("List after the upgrade = %v, want %v", ids, want)
	}
}
