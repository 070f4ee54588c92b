package store

import (
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/storyline/storyline/internal/link"
)

func feat(id, story string) link.Features {
	return link.Features{ID: id, Story: story, Terms: []link.TermWeight{{Term: "flood", Weight: 1}}}
}

func TestArcThreadsFollowMoves(t *testing.T) {
	s, err := Open(t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	steps := []struct {
		name   string
		batch  Batch
		arc    string
		want   []string
		others map[string][]string
	}{
		{
			name:  "two threads join an arc",
			batch: Batch{Records: []*Record{rec("s1", "One", 1), rec("s2", "Two", 2)}, Features: []link.Features{feat("s1#1", "s1"), feat("s2#1", "s2")}, Arcs: map[string]string{"s1#1": "A", "s2#1": "A"}},
			arc:   "A", want: []string{"s1#1", "s2#1"},
		},
		{
			name:  "a thread moves to another arc",
			batch: Batch{Arcs: map[string]string{"s2#1": "B"}},
			arc:   "A", want: []string{"s1#1"},
			others: map[string][]string{"B": {"s2#1"}},
		},
		{
			name:  "a removed thread leaves its arc",
			batch: Batch{RemoveThreads: []string{"s2#1"}},
			arc:   "B", want: nil,
			others: map[string][]string{"A": {"s1#1"}},
		},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			bt := st.batch
			if err := s.Write(&bt); err != nil {
				t.Fatal(err)
			}
			got, err := s.ArcThreads(st.arc, 0)
			if err != nil || !slices.Equal(got, st.want) {
				t.Errorf("ArcThreads(%s) = %v, %v; want %v", st.arc, got, err, st.want)
			}
			for arc, want := range st.others {
				if got, _ := s.ArcThreads(arc, 0); !slices.Equal(got, want) {
					t.Errorf("ArcThreads(%s) = %v, want %v", arc, got, want)
				}
			}
		})
	}
	fs, arcs, err := s.ThreadFeatures([]string{"s1#", "nope#1"})
	if err != nil || len(fs) != 1 || fs[0].ID != "s1#1" || arcs[0] != "A" {
		t.Errorf("ThreadFeatures = %v %v %v", fs, arcs, err)
	}
	if err := s.Write(&Batch{Features: []link.Features{feat("ghost#1", "ghost")}}); err == nil {
		t.Error("features of a story never stored were accepted")
	}
}

func TestOldStoreUpgrades(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	bt := &Batch{Records: []*Record{rec("s1", "One", 1), rec("s2", "Two", 2)}, Features: []link.Features{feat("s1#1", "s1"), feat("s2#1", "s2")}}
	if err := s.Write(bt); err != nil {
		t.Fatal(err)
	}
	// An archive from before the arcthreads and threadarcs buckets: each
	// thread's arc under its id in the arcs bucket (one of a thread of no
	// stored story, which the upgrade drops).
	err = s.db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bArcThreads, bThreadArcs} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		old, err := tx.CreateBucket(bArcs)
		if err != nil {
			return err
		}
		for t, a := range map[string]string{"s1#1": "A", "s2#1": "A", "gone#1": "A"} {
			if err := old.Put([]byte(t), []byte(a)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = upgraded(t, dir)
	defer s.Close()
	if got, _ := s.ArcThreads("A", 0); !slices.Contains(got, "s1#1") || !slices.Contains(got, "s2#1") {
		t.Errorf("upgraded ArcThreads = %v", got)
	}
	if a := s.Arc("s2#1"); a != "A" {
		t.Errorf("upgraded Arc(s2#1) = %q, want A", a)
	}
	if a := s.Arc("gone#1"); a != "" {
		t.Errorf("upgraded Arc(gone#1) = %q, want none", a)
	}
	fs, arcs, err := s.ThreadFeatures([]string{"s1#", "s2#1"})
	if err != nil || len(fs) != 2 || !slices.Equal(arcs, []string{"A", "A"}) {
		t.Errorf("upgraded ThreadFeatures = %v %v %v", fs, arcs, err)
	}
	var seen []string
	if err := s.Features(func(f link.Features, arc string) error { seen = append(seen, f.ID+"="+arc); return nil }); err != nil || !slices.Equal(seen, []string{"s1#1=A", "s2#1=A"}) {
		t.Errorf("upgraded Features = %v, %v", seen, err)
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bArcs) != nil {
			t.Error("the legacy arcs bucket is still there")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestArcOfUnstoredThreadRefused(t *testing.T) {
	s, err := Open(t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Write(&Batch{Arcs: map[string]string{"ghost#1": "A"}}); err == nil {
		t.Error("the arc of a thread of no stored story was accepted")
	}
}

// upgraded checks that the old store in dir says it needs upgrading when
// opened read-only, and no longer does once opened for writing; it returns
// the store so opened.
func upgraded(t *testing.T, dir string) *Store {
	t.Helper()
	ro, err := Open(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	if !ro.NeedsUpgrade() {
		t.Error("an old store does not say it needs upgrading")
	}
	ro.Close()
	s, err := Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if s.NeedsUpgrade() {
		t.Error("still needs upgrading after a writable open")
	}
	return s
}
