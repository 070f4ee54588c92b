package store

import (
	"bytes"
	"encoding/binary"

	bolt "go.etcd.io/bbolt"

	"github.com/storyline/storyline/internal/link"
)

// Count returns the number of stories.
func (s *Store) Count() int {
	n := 0
	_ = s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bMeta); b != nil {
			n = getInt(b, keyCount)
		}
		return nil
	})
	return n
}

// List returns up to limit story ids from offset, newest first (stories
// without a date last).
func (s *Store) List(offset, limit int) ([]string, error) {
	var ids []string
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bByDate)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		i := 0
		for k, _ := c.First(); k != nil && len(ids) < limit; k, _ = c.Next() {
			if i >= offset {
				ids = append(ids, string(k[8:]))
			}
			i++
		}
		return nil
	})
	return ids, err
}

// Each calls fn for every stored story in id order.
func (s *Store) Each(fn func(r *Record) error) error {
	return s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bStories)
		if b == nil {
			return nil
		}
		return b.ForEach(func(_, v []byte) error {
			r, err := decode(v)
			if err != nil {
				return err
			}
			return fn(r)
		})
	})
}

// Features calls fn with every thread's link features and arc.
func (s *Store) Features(fn func(f link.Features, arc string) error) error {
	return s.view(func(tx *bolt.Tx) error {
		fb, ab := tx.Bucket(bFeatures), tx.Bucket(bArcs)
		if fb == nil {
			return nil
		}
		return fb.ForEach(func(k, v []byte) error {
			var f link.Features
			if err := unpackJSON(v, &f); err != nil {
				return err
			}
			return fn(f, string(ab.Get(k)))
		})
	})
}

// Arc returns the arc of a thread, "" when none.
func (s *Store) Arc(threadID string) string {
	var a string
	_ = s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bArcs); b != nil {
			a = string(b.Get([]byte(threadID)))
		}
		return nil
	})
	return a
}

// ArcSize returns how many threads an arc holds (0 when unknown).
func (s *Store) ArcSize(arc string) int {
	n := 0
	_ = s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bArcSize); b != nil {
			n = getInt(b, []byte(arc))
		}
		return nil
	})
	return n
}

// DF returns the document-frequency table and its document count.
func (s *Store) DF() (map[string]int, int, error) {
	m := map[string]int{}
	n := 0
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bDF)
		if b == nil {
			return nil
		}
		n = getInt(tx.Bucket(bMeta), keyDocs)
		return b.ForEach(func(k, v []byte) error {
			c, _ := binary.Uvarint(v)
			m[string(k)] = int(c)
			return nil
		})
	})
	return m, n, err
}

// ByPrefix returns the story ids starting with prefix, at most max.
func (s *Store) ByPrefix(prefix string, max int) ([]string, error) {
	var ids []string
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bStories)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		p := []byte(prefix)
		for k, _ := c.Seek(p); k != nil && len(ids) < max && bytes.HasPrefix(k, p); k, _ = c.Next() {
			ids = append(ids, string(k))
		}
		return nil
	})
	return ids, err
}
