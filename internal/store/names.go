package store

import (
	"encoding/binary"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/storyline/storyline/internal/actor"
)

// putActorNames records the display name of each actor key not seen yet.
func putActorNames(tx *bolt.Tx, actors []actor.Actor) error {
	b := tx.Bucket(bActorNames)
	for _, ac := range actors {
		k := []byte(actor.Key(ac))
		if b.Get(k) != nil {
			continue
		}
		if err := b.Put(k, []byte(ac.Name)); err != nil {
			return err
		}
	}
	return nil
}

// fillActorNames builds the actornames bucket from every stored story (an
// archive written before it existed).
func (s *Store) fillActorNames() error {
	return s.fillFromRecords(func(tx *bolt.Tx, r *Record) error { return putActorNames(tx, r.Actors) })
}

// fillFromRecords calls fn with every stored story in one transaction, to
// build a bucket an archive written before it existed lacks.
func (s *Store) fillFromRecords(fn func(tx *bolt.Tx, r *Record) error) error {
	return s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bRecords).ForEach(func(_, v []byte) error {
			r, err := decode(v)
			if err != nil {
				return err
			}
			return fn(tx, r)
		})
	})
}

// ActorNames returns the display name of each actor key it knows.
func (s *Store) ActorNames(keys []string) (map[string]string, error) {
	out := make(map[string]string, len(keys))
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bActorNames)
		if b == nil {
			return nil
		}
		for _, k := range keys {
			if v := b.Get([]byte(k)); v != nil {
				out[k] = string(v)
			}
		}
		return nil
	})
	return out, err
}

// countActorStories adds d to the story count of each distinct actor of
// one story (d = -1 when the story is rewritten, before its new actors
// are counted).
func countActorStories(tx *bolt.Tx, actors []actor.Actor, d int) error {
	b := tx.Bucket(bActorStories)
	seen := make(map[string]bool, len(actors))
	for _, ac := range actors {
		k := actor.Key(ac)
		if seen[k] {
			continue
		}
		seen[k] = true
		n := int64(0)
		if v := b.Get([]byte(k)); v != nil {
			n, _ = binary.Varint(v)
		}
		n += int64(d)
		if n <= 0 {
			if err := b.Delete([]byte(k)); err != nil {
				return err
			}
			continue
		}
		if err := b.Put([]byte(k), binary.AppendVarint(nil, n)); err != nil {
			return err
		}
	}
	return nil
}

// fillActorStories counts the stories naming each actor from every stored
// story (an archive written before the counts were kept).
func (s *Store) fillActorStories() error {
	return s.fillFromRecords(func(tx *bolt.Tx, r *Record) error { return countActorStories(tx, r.Actors, 1) })
}

// ActorCount is an actor of the archive with the number of stories naming
// it.
type ActorCount struct {
	Key     string // actor.Key: kind + ":" + folded name
	Name    string // the name it was first stored under
	Stories int
}

// TopActors returns up to limit actors named by the most stories, most
// first (ties by key). It reads the counts kept at every write, not the
// stories.
func (s *Store) TopActors(limit int) ([]ActorCount, error) {
	var out []ActorCount
	err := s.view(func(tx *bolt.Tx) error {
		b, names := tx.Bucket(bActorStories), tx.Bucket(bActorNames)
		if b == nil {
			return nil
		}
		err := b.ForEach(func(k, v []byte) error {
			n, _ := binary.Varint(v)
			out = append(out, ActorCount{Key: string(k), Stories: int(n)})
			return nil
		})
		if err != nil {
			return err
		}
		slices.SortFunc(out, func(a, b ActorCount) int {
			if a.Stories != b.Stories {
				return b.Stories - a.Stories
			}
			return strings.Compare(a.Key, b.Key)
		})
		if limit > 0 && len(out) > limit {
			out = out[:limit]
		}
		for i := range out {
			out[i].Name = string(names.Get([]byte(out[i].Key)))
		}
		return nil
	})
	return out, err
}
