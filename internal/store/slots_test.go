package store

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/storyline/storyline/internal/link"
)

// TestLegacyLayoutMigrates writes an archive the way format 2 did (values
// keyed by story and thread id) and checks a writable open moves it all
// under slots, in more than one chunk.
func TestLegacyLayoutMigrates(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	n := migrateChunk + 300
	err = s.db.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bRecords, bSlots, bThreadFs} {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
		st, err := tx.CreateBucket(bStories)
		if err != nil {
			return err
		}
		fb, err := tx.CreateBucket(bFeatures)
		if err != nil {
			return err
		}
		for i := 0; i < n; i++ {
			id := fmt.Sprintf("%06x", i*7919%1000003)
			v, err := encode(rec(id, "Story "+id, 1+i%28))
			if err != nil {
				return err
			}
			if err := st.Put([]byte(id), v); err != nil {
				return err
			}
			f, err := json.Marshal(link.Features{ID: id + "#1", Story: id}) // format 2 wrote JSON
			if err != nil {
				return err
			}
			f = zenc.EncodeAll(f, nil)
			if err := fb.Put([]byte(id+"#1"), f); err != nil {
				return err
			}
		}
		return putInt(tx.Bucket(bMeta), keyCount, n)
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = upgraded(t, dir)
	defer s.Close()
	got := 0
	if err := s.Each(func(*Record) error { got++; return nil }); err != nil || got != n {
		t.Errorf("%d stories after the upgrade (%v), want %d", got, err, n)
	}
	id := fmt.Sprintf("%06x", 5*7919%1000003)
	if r, err := s.Get(id); err != nil || r == nil || r.Article.Title != "Story "+id {
		t.Errorf("Get(%s) = %v, %v", id, r, err)
	}
	fs, _, err := s.ThreadFeatures([]string{id + "#1", id + "#"})
	if err != nil || len(fs) != 2 || fs[0].ID != id+"#1" {
		t.Errorf("ThreadFeatures = %v, %v", fs, err)
	}
	threads, _, err := s.Counts()
	if err != nil || threads != n {
		t.Errorf("%d threads after the upgrade, want %d", threads, n)
	}
	if ids, _ := s.ByPrefix(id[:5], 10); !slices.Contains(ids, id) {
		t.Errorf("ByPrefix(%s) = %v", id[:5], ids)
	}
}

// TestSlotsAppend checks new stories take increasing slots and an update
// keeps its story's slot.
func TestSlotsAppend(t *testing.T) {
	s, err := Open(t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Write(&Batch{Records: []*Record{rec("zz", "First", 1), rec("aa", "Second", 2)}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Write(&Batch{Records: []*Record{rec("mm", "Third", 3), rec("zz", "First, updated", 4)}}); err != nil {
		t.Fatal(err)
	}
	var order []string
	if err := s.Each(func(r *Record) error { order = append(order, r.Article.Title); return nil }); err != nil {
		t.Fatal(err)
	}
	if want := []string{"First, updated", "Second", "Third"}; !slices.Equal(order, want) {
		t.Errorf("stories in slot order %v, want %v", order, want)
	}
	if s.Count() != 3 {
		t.Errorf("count %d", s.Count())
	}
}
