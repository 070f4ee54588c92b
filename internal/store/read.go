package store

import (
	"bytes"
	"encoding/binary"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/storyline/storyline/internal/link"
	"github.com/storyline/storyline/internal/versions"
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

// List returns up to limit story ids from offset, newest first, then
// the stories without a date, the last to arrive first.
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
				ids = append(ids, dateKeyID(k))
			}
			i++
		}
		return nil
	})
	return ids, err
}

// Each calls fn for every stored story in the order they first arrived.
func (s *Store) Each(fn func(r *Record) error) error {
	return eachRecord(s, decode, fn)
}

// Features calls fn with every thread's link features and arc.
func (s *Store) Features(fn func(f link.Features, arc string) error) error {
	return s.view(func(tx *bolt.Tx) error {
		fb, ab := tx.Bucket(bThreadFs), tx.Bucket(bThreadArcs)
		if fb == nil || ab == nil {
			return nil
		}
		p := s.pacer()
		return fb.ForEach(func(k, v []byte) error {
			p.read(len(v))
			var f link.Features
			if err := unpackFeatures(v, &f); err != nil {
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
		if b := tx.Bucket(bThreadArcs); b != nil && tx.Bucket(bSlots) != nil {
			if k := threadKey(tx, threadID); k != nil {
				a = string(b.Get(k))
			}
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
		var b *bolt.Bucket
		if b, n = dfTable(tx); b == nil {
			return nil
		}
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
		b := tx.Bucket(bSlots)
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

// memberKey is the arcthreads key of thread in arc.
func memberKey(arc, thread string) []byte {
	k := make([]byte, 0, len(arc)+1+len(thread))
	k = append(k, arc...)
	k = append(k, 0)
	return append(k, thread...)
}

// moveArcs moves each thread's arc from the legacy arcs bucket, keyed by
// thread id, to threadarcs, keyed as the thread's features are, in one
// transaction (a crash part way leaves the legacy bucket whole). An arc
// of a thread of no stored story is dropped.
func moveArcs(tx *bolt.Tx) error {
	old, arcs := tx.Bucket(bArcs), tx.Bucket(bThreadArcs)
	if old == nil {
		return nil
	}
	arcs.FillPercent = slotFill
	err := old.ForEach(func(t, a []byte) error {
		if k := threadKey(tx, string(t)); k != nil {
			return arcs.Put(k, bytes.Clone(a))
		}
		return nil
	})
	if err != nil {
		return err
	}
	return tx.DeleteBucket(bArcs)
}

// fillArcThreads builds the arcthreads bucket from the legacy arcs bucket
// (an archive written before it existed).
func fillArcThreads(tx *bolt.Tx) error {
	arcs, members := tx.Bucket(bArcs), tx.Bucket(bArcThreads)
	return arcs.ForEach(func(t, a []byte) error {
		return members.Put(memberKey(string(a), string(t)), nil)
	})
}

// NeedsUpgrade reports whether the store was written by an older
// storyline and must be opened for writing once to be brought up to date.
func (s *Store) NeedsUpgrade() bool {
	up := false
	_ = s.view(func(tx *bolt.Tx) error {
		up = tx.Bucket(bArcThreads) == nil || tx.Bucket(bArcs) != nil || tx.Bucket(bThreadArcs) == nil || tx.Bucket(bSlots) == nil || tx.Bucket(bStories) != nil || tx.Bucket(bFeatures) != nil || tx.Bucket(bActorNames) == nil || tx.Bucket(bActorStories) == nil
		if meta := tx.Bucket(bMeta); meta == nil || meta.Get(keyByDateV) == nil {
			up = true
		}
		return nil
	})
	return up
}

// ArcThreads returns the threads of an arc, at most max (max <= 0: all).
func (s *Store) ArcThreads(arc string, max int) ([]string, error) {
	var out []string
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bArcThreads)
		if b == nil || arc == "" {
			return nil
		}
		prefix := memberKey(arc, "")
		c := b.Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			out = append(out, string(k[len(prefix):]))
			if max > 0 && len(out) == max {
				break
			}
		}
		return nil
	})
	return out, err
}

// ThreadFeatures returns the link features and arc of each thread id that
// has them, in the order asked; a thread id ending in "#" stands for every
// thread of that story.
func (s *Store) ThreadFeatures(ids []string) ([]link.Features, []string, error) {
	var fs []link.Features
	var arcs []string
	err := s.view(func(tx *bolt.Tx) error {
		fb, ab := tx.Bucket(bThreadFs), tx.Bucket(bThreadArcs)
		if fb == nil || ab == nil || tx.Bucket(bSlots) == nil {
			return nil
		}
		add := func(k, v []byte) error {
			var f link.Features
			if err := unpackFeatures(v, &f); err != nil {
				return err
			}
			fs = append(fs, f)
			arcs = append(arcs, string(ab.Get(k)))
			return nil
		}
		for _, id := range ids {
			if story, ok := strings.CutSuffix(id, "#"); ok {
				slot := slotOf(tx, story)
				if slot == nil {
					continue
				}
				p := append(slices8(slot), '#')
				c := fb.Cursor()
				for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
					if err := add(k, v); err != nil {
						return err
					}
				}
				continue
			}
			if k := threadKey(tx, id); k != nil {
				if v := fb.Get(k); v != nil {
					if err := add(k, v); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
	return fs, arcs, err
}

// DFOf returns the document frequency of each of terms (absent terms are
// left out) and the document count, without reading the whole table.
func (s *Store) DFOf(terms []string) (map[string]int, int, error) {
	m := make(map[string]int, len(terms))
	n := 0
	err := s.view(func(tx *bolt.Tx) error {
		var b *bolt.Bucket
		if b, n = dfTable(tx); b == nil {
			return nil
		}
		for _, t := range terms {
			if v := b.Get([]byte(t)); v != nil {
				c, _ := binary.Uvarint(v)
				m[t] = int(c)
			}
		}
		return nil
	})
	return m, n, err
}

// dfTable returns the document-frequency bucket (nil when absent) and the
// number of documents it counts.
func dfTable(tx *bolt.Tx) (*bolt.Bucket, int) {
	b := tx.Bucket(bDF)
	if b == nil {
		return nil, 0
	}
	return b, getInt(tx.Bucket(bMeta), keyDocs)
}

// Counts returns how many threads have link features and how many arcs
// hold two threads or more (storylines), without decoding any record.
func (s *Store) Counts() (threads, storylines int, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bThreadFs); b != nil {
			threads = b.Stats().KeyN
		}
		b := tx.Bucket(bArcSize)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, _ []byte) error {
			if getInt(b, k) >= 2 {
				storylines++
			}
			return nil
		})
	})
	return threads, storylines, err
}

// Sketches returns the stored sketch of each story id that has one (see
// Record.Sketch), without reading the stories.
func (s *Store) Sketches(ids []string) (map[string]versions.Sketch, error) {
	out := make(map[string]versions.Sketch, len(ids))
	err := s.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bSlots) == nil {
			return nil
		}
		for _, id := range ids {
			if slot := slotOf(tx, id); slot != nil {
				if sk := sketchAt(tx, slot); sk != nil {
					out[id] = sk
				}
			}
		}
		return nil
	})
	return out, err
}
