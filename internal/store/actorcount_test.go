package store

import (
	"maps"
	"slices"
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

// countsOf returns the stories naming each actor, by name (the test's
// actors are all people).
func countsOf(t *testing.T, s *Store) map[string]int {
	t.Helper()
	counts, err := s.ActorStoryCounts()
	if err != nil {
		t.Fatal(err)
	}
	names, err := s.ActorNames(slices.Collect(maps.Keys(counts)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for k, n := range counts {
		out[names[k]] = n
	}
	return out
}

// The counts take each actor once per story, follow rewrites, and are
// rebuilt for an archive written before they were kept.
func TestActorStoryCounts(t *testing.T) {
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
		got := countsOf(t, s)
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
	if got := countsOf(t, s); got["Ines Duarte"] <= got["Mara Quist"] || got["Ines Duarte"] <= got["Tom Ellery"] {
		t.Errorf("counts %v, want Ines Duarte named by the most stories", got)
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
