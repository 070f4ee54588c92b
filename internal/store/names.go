package store

import (
	"encoding/binary"

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

// ActorStoryCounts returns, for each actor key (actor.Key), the number of
// stories naming it. It reads the counts kept at every write, not the
// stories.
func (s *Store) ActorStoryCounts() (map[string]int, error) {
	out := map[string]int{}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bActorStories)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			n, _ := binary.Varint(v)
			out[string(k)] = int(n)
			return nil
		})
	})
	return out, err
}
