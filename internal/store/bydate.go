package store

import (
	"bytes"
	"encoding/binary"
	"math"

	bolt "go.etcd.io/bbolt"

	"github.com/storyline/storyline/internal/article"
)

// The bydate bucket orders the story list: newest first, then the
// stories without a date, the last to arrive first (an archive of undated
// articles lists what was imported last at the top, instead of in the
// order of their ids' hashes).
//
//	dated:   inverted Unix time (8 bytes) + id
//	undated: undatedMark (8 bytes) + inverted arrival slot (8 bytes) + id
//
// A date at or before 1970 sorts with the oldest dated stories, so no
// dated key begins with undatedMark.
var undatedMark = binary.BigEndian.AppendUint64(nil, math.MaxInt64)

// keyByDateV marks, in the meta bucket, a bydate bucket in this layout;
// older archives keyed undated stories by undatedMark + id.
var keyByDateV = []byte("bydate_v2")

// dateKey is a's key in bydate; slot is its arrival slot.
func dateKey(a *article.Article, slot []byte) []byte {
	if a.Published.IsZero() {
		return undatedKey(a.ID, slot)
	}
	inv := uint64(math.MaxInt64 - 1)
	if t := a.Published.Unix(); t > 0 {
		inv = uint64(math.MaxInt64 - t)
	}
	k := binary.BigEndian.AppendUint64(make([]byte, 0, 8+len(a.ID)), inv)
	return append(k, a.ID...)
}

func undatedKey(id string, slot []byte) []byte {
	k := append(make([]byte, 0, 16+len(id)), undatedMark...)
	k = binary.BigEndian.AppendUint64(k, math.MaxUint64-binary.BigEndian.Uint64(slot))
	return append(k, id...)
}

// dateKeyID returns the story id of a bydate key.
func dateKeyID(k []byte) string {
	if bytes.HasPrefix(k, undatedMark) && len(k) >= 16 {
		return string(k[16:])
	}
	return string(k[8:])
}

// upgradeByDate rewrites the keys of an older bydate bucket in the
// current layout: undated stories get their arrival slot, dates before
// 1970 (which overflowed) sort with the oldest. It is a no-op on a
// bucket already upgraded. It needs the slots (migrateToSlots first).
func upgradeByDate(tx *bolt.Tx) error {
	meta, bd := tx.Bucket(bMeta), tx.Bucket(bByDate)
	if meta.Get(keyByDateV) != nil {
		return nil
	}
	type move struct{ from, to []byte }
	var moves []move
	c := bd.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if len(k) < 8 {
			continue
		}
		id := string(k[8:])
		inv := binary.BigEndian.Uint64(k)
		switch {
		case inv == math.MaxInt64:
			var to []byte // nil: not a stored story, the key goes
			if slot := slotOf(tx, id); slot != nil {
				to = undatedKey(id, slot)
			}
			moves = append(moves, move{bytes.Clone(k), to})
		case inv > math.MaxInt64:
			to := binary.BigEndian.AppendUint64(nil, math.MaxInt64-1)
			moves = append(moves, move{bytes.Clone(k), append(to, id...)})
		}
	}
	for _, m := range moves {
		if err := bd.Delete(m.from); err != nil {
			return err
		}
	}
	for _, m := range moves {
		if m.to == nil {
			continue
		}
		if err := bd.Put(m.to, nil); err != nil {
			return err
		}
	}
	return meta.Put(keyByDateV, []byte("1"))
}

// Arrivals returns the arrival order of each stored story of ids (its
// slot: a later arrival has a larger number); ids not stored are left
// out.
func (s *Store) Arrivals(ids []string) (map[string]uint64, error) {
	out := make(map[string]uint64, len(ids))
	err := s.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bSlots) == nil {
			return nil
		}
		for _, id := range ids {
			if slot := slotOf(tx, id); len(slot) == 8 {
				out[id] = binary.BigEndian.Uint64(slot)
			}
		}
		return nil
	})
	return out, err
}
