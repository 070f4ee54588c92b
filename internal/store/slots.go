package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// Stories and their threads' link features are kept under slots: numbers
// given out in the order stories first arrive. Story ids are hashes, so
// keying the big values by id scattered every import's writes over the
// whole file: pages split half empty, each batch rewrote pages all over
// it, and an import ended up reading (and holding resident) the whole
// file. Keyed by slot, new stories append to the end of their buckets,
// pages fill completely, and an import touches little beyond the end.
var (
	bRecords  = []byte("records")  // slot -> compressed JSON Record
	bSlots    = []byte("slots")    // story id -> slot
	bThreadFs = []byte("threadfs") // slot + "#n" -> compressed JSON link.Features
	bSketches = []byte("sketches") // slot -> versions.Sketch of the story's text
)

// slotFill is the page fill of the slot-keyed buckets: appends at the end
// never need room left in a page.
const slotFill = 1.0

// slotOf returns the slot of a story id, nil when the story is not stored.
func slotOf(tx *bolt.Tx, id string) []byte {
	return tx.Bucket(bSlots).Get([]byte(id))
}

// newSlot gives story id the next slot.
func newSlot(tx *bolt.Tx, id string) ([]byte, error) {
	recs := tx.Bucket(bRecords)
	n, err := recs.NextSequence()
	if err != nil {
		return nil, err
	}
	slot := binary.BigEndian.AppendUint64(nil, n)
	return slot, tx.Bucket(bSlots).Put([]byte(id), slot)
}

// splitThread splits a thread id "story#n" into the story id and "#n".
func splitThread(id string) (story, n string, ok bool) {
	i := strings.LastIndexByte(id, '#')
	if i <= 0 {
		return "", "", false
	}
	return id[:i], id[i:], true
}

// threadKey returns the threadfs key of a thread id (nil when its story
// is not stored or the id is malformed).
func threadKey(tx *bolt.Tx, id string) []byte {
	story, n, ok := splitThread(id)
	if !ok {
		return nil
	}
	slot := slotOf(tx, story)
	if slot == nil {
		return nil
	}
	return append(slices8(slot), n...)
}

// slices8 copies a slot out of bbolt's memory (valid only within a
// transaction, and not to be appended to).
func slices8(slot []byte) []byte {
	return append(make([]byte, 0, len(slot)+8), slot...)
}

// Legacy buckets keyed by id (format 2), moved under slots at the first
// writable open.
var (
	bStories  = []byte("stories")  // story id -> record
	bFeatures = []byte("features") // thread id -> link features
)

// migrateChunk is how many values one transaction of the migration moves.
const migrateChunk = 2000

// migrateToSlots moves the legacy buckets' values under slots, a chunk per
// transaction (a crash part way loses nothing: each chunk is copied and
// deleted at once, and the next open goes on).
func (s *Store) migrateToSlots() error {
	for _, legacy := range [][]byte{bStories, bFeatures} {
		for {
			done := false
			err := s.update(func(tx *bolt.Tx) error {
				old := tx.Bucket(legacy)
				if old == nil {
					done = true
					return nil
				}
				var keys, vals [][]byte
				c := old.Cursor()
				for k, v := c.First(); k != nil && len(keys) < migrateChunk; k, v = c.Next() {
					keys = append(keys, bytes.Clone(k))
					vals = append(vals, bytes.Clone(v))
				}
				if len(keys) == 0 {
					done = true
					return tx.DeleteBucket(legacy)
				}
				for i, k := range keys {
					if err := moveLegacy(tx, legacy, string(k), vals[i]); err != nil {
						return err
					}
					if err := old.Delete(k); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("upgrade the store: %w", err)
			}
			if done {
				break
			}
		}
	}
	return nil
}

// moveLegacy puts one legacy value under its slot.
func moveLegacy(tx *bolt.Tx, legacy []byte, key string, v []byte) error {
	if bytes.Equal(legacy, bStories) {
		slot := slotOf(tx, key)
		if slot == nil {
			var err error
			if slot, err = newSlot(tx, key); err != nil {
				return err
			}
		}
		b := tx.Bucket(bRecords)
		b.FillPercent = slotFill
		return b.Put(slot, v)
	}
	k := threadKey(tx, key)
	if k == nil {
		return nil // features of a story no longer stored
	}
	b := tx.Bucket(bThreadFs)
	b.FillPercent = slotFill
	return b.Put(k, v)
}
