package store

import (
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
	return s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bRecords).ForEach(func(_, v []byte) error {
			r, err := decode(v)
			if err != nil {
				return err
			}
			return putActorNames(tx, r.Actors)
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
