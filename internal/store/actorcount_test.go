package store

import (
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/storyline/storyline/internal/actor"
)

func withActors(r *Record, names ...string) *Record {
	for _, n := range names {
		r.Actors = append(r.Actors, actor.Actor{Name: n, Kind: actor.Person})
	}
	return r
}

func topOf(t *testing.T, s *Store) map[string]int {
	t.Helper()
	top, err := s.TopActors(0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, a := range top {
		out[a.Name] = a.Stories
	}
	return out
}

// TopActors counts each actor once per story, follows rewrites, and is
// rebuilt for an archive written before the counts were kept.
func TestTopActors(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	err = s.Write(&Batch{Records: []*Record{
		withActors(rec("s1aaaaaaaaaa", "One", 1), "Mara Quist", "Tom Ellery", "Mara Quist"),
		withActors(rec("s2aaaaaaaaaa", "Two", 2), "Mara Quist"),
		withActors(rec("s3aaaaaaaaaa", "Three", 3), "Ines Duarte"),
	}})
	if err != nil {
		t.Fatal(err)
	}
	// Story two is rewritten without Mara Quist.
	if err := s.Write(&Batch{Records: []*Record{withActors(rec("s2aaaaaaaaaa", "Two, updated", 2), "Ines Duarte")}}); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"Mara Quist": 1, "Tom Ellery": 1, "Ines Duarte": 2}
	check := func(when string) {
		t.Helper()
		got := topOf(t, s)
		if len(got) != len(want) {
			t.Errorf("%s: %v, want %v", when, got, want)
		}
		for n, c := range want {
			if got[n] != c {
				t.Errorf("%s: %s in %d stories, want %d", when, n, got[n], c)
			}
		}
	}
	check("after writes")
	if top, _ := s.TopActors(1); len(top) != 1 || top[0].Name != "Ines Duarte" {
		t.Errorf("TopActors(1) = %v, want Ines Duarte first", top)
	}
	// An older archive has no counts: the next writable open rebuilds them.
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket(bActorStories) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = upgraded(t, dir)
	defer s.Close()
	check("after the upgrade")
}
