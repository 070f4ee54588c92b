package store

import (
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/storyline/storyline/internal/actor"
)

func TestActorNames(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	r1 := rec("s1", "One", 1)
	r1.Actors = []actor.Actor{{Name: "Ada Kell", Kind: "person"}, {Name: "Harbour Board", Kind: "org"}}
	r2 := rec("s2", "Two", 2)
	r2.Actors = []actor.Actor{{Name: "ADA KELL", Kind: "person"}} // same key: the first name stays
	for _, r := range []*Record{r1, r2} {
		if err := s.Write(&Batch{Records: []*Record{r}}); err != nil {
			t.Fatal(err)
		}
	}
	keys := []string{"person:ada kell", "org:harbour board", "place:nowhere"}
	check := func(s *Store, when string) {
		t.Helper()
		got, err := s.ActorNames(keys)
		if err != nil || len(got) != 2 || got["person:ada kell"] != "Ada Kell" || got["org:harbour board"] != "Harbour Board" {
			t.Errorf("%s: ActorNames = %v, %v", when, got, err)
		}
	}
	check(s, "after writing")
	// An archive from before the bucket gets it filled from its stories.
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket(bActorNames) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = upgraded(t, dir)
	defer s.Close()
	check(s, "after the upgrade")
}
