package store

import (
	"encoding/binary"
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/link"
	"github.com/storyline/storyline/internal/versions"
)

// Batch is one atomic write: stories to put (new or updated), their link
// features and arc assignments, and document-frequency increments.
type Batch struct {
	Records  []*Record
	Features []link.Features
	// RemoveThreads are thread ids whose features and arcs go (threads of
	// updated stories that no longer exist).
	RemoveThreads []string
	Arcs          map[string]string // thread id -> arc id
	ArcSizes      map[string]int    // arc id -> threads in it (0 removes)
	DF            map[string]int    // term -> increment (may be negative)
	Docs          int               // increment of the document count behind DF
	// Sketches are sketches of stored stories not rewritten by this
	// batch (Record.Sketch), by story id.
	Sketches map[string]versions.Sketch
	// VersionOf files stories (new or stored) as versions of another
	// stored story, by id; "" takes a story out of its group of versions.
	// It applies after the records.
	VersionOf map[string]string
}

var keyCount = []byte("count")
var keyDocs = []byte("df_docs")

func getInt(b *bolt.Bucket, k []byte) int {
	v := b.Get(k)
	if v == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(v))
	return n
}

func putInt(b *bolt.Bucket, k []byte, n int) error {
	return b.Put(k, []byte(strconv.Itoa(n)))
}

// Write applies a batch in one transaction. Every story written is marked
// pending until ConfirmIndexed is called for it, so a crash between the
// store and the index is repaired at the next open (see Pending).
func (s *Store) Write(bt *Batch) error {
	return s.update(func(tx *bolt.Tx) error {
		records, bydate, pending, sketches := tx.Bucket(bRecords), tx.Bucket(bByDate), tx.Bucket(bPending), tx.Bucket(bSketches)
		meta, feats, arcs, df := tx.Bucket(bMeta), tx.Bucket(bThreadFs), tx.Bucket(bThreadArcs), tx.Bucket(bDF)
		// Pages split fuller than bbolt's default half: stories are
		// rarely deleted, so space is worth more than cheap inserts; the
		// slot-keyed buckets only grow at their end.
		bydate.FillPercent = 0.9
		records.FillPercent, feats.FillPercent, sketches.FillPercent, arcs.FillPercent = slotFill, slotFill, slotFill, slotFill
		count := getInt(meta, keyCount)
		var written map[string][]byte // id -> bydate key, for VersionOf
		if len(bt.VersionOf) > 0 {
			written = make(map[string][]byte, len(bt.Records))
		}
		for _, r := range bt.Records {
			id := r.Article.ID
			slot := slotOf(tx, id)
			if slot != nil {
				slot = slices8(slot)
				if or, err := decode(records.Get(slot)); err == nil {
					if err := bydate.Delete(dateKey(&or.Article, slot)); err != nil {
						return err
					}
					if err := countActorStories(tx, or.Actors, -1); err != nil {
						return err
					}
				}
			} else {
				var err error
				if slot, err = newSlot(tx, id); err != nil {
					return err
				}
				count++
			}
			v, err := encode(r)
			if err != nil {
				return err
			}
			if err := records.Put(slot, v); err != nil {
				return err
			}
			sk := r.Sketch
			if sk == nil {
				sk = versions.OfArticle(&r.Article)
			}
			if err := putSketch(sketches, slot, sk); err != nil {
				return err
			}
			dk := dateKey(&r.Article, slot)
			if err := bydate.Put(dk, nil); err != nil {
				return err
			}
			if err := refreshVersionKey(tx, id, dk); err != nil {
				return err
			}
			if written != nil {
				written[id] = dk
			}
			if err := pending.Put([]byte(id), nil); err != nil {
				return err
			}
			if err := putActorNames(tx, r.Actors); err != nil {
				return err
			}
			if err := countActorStories(tx, r.Actors, 1); err != nil {
				return err
			}
		}
		if err := putInt(meta, keyCount, count); err != nil {
			return err
		}
		for id, sk := range bt.Sketches {
			if slot := slotOf(tx, id); slot != nil {
				if err := putSketch(sketches, slices8(slot), sk); err != nil {
					return err
				}
			}
		}
		if err := applyVersions(tx, bt.VersionOf, written); err != nil {
			return err
		}
		members := tx.Bucket(bArcThreads)
		for _, t := range bt.RemoveThreads {
			k := threadKey(tx, t)
			if k == nil {
				continue
			}
			if err := feats.Delete(k); err != nil {
				return err
			}
			if old := arcs.Get(k); old != nil {
				if err := members.Delete(memberKey(string(old), t)); err != nil {
					return err
				}
			}
			if err := arcs.Delete(k); err != nil {
				return err
			}
		}
		for _, f := range bt.Features {
			k := threadKey(tx, f.ID)
			if k == nil {
				return fmt.Errorf("link features of %s, a thread of no stored story", f.ID)
			}
			if err := feats.Put(k, packFeatures(&f)); err != nil {
				return err
			}
		}
		for t, a := range bt.Arcs {
			k := threadKey(tx, t)
			if k == nil {
				return fmt.Errorf("arc of %s, a thread of no stored story", t)
			}
			if old := arcs.Get(k); old != nil && string(old) != a {
				if err := members.Delete(memberKey(string(old), t)); err != nil {
					return err
				}
			}
			if err := arcs.Put(k, []byte(a)); err != nil {
				return err
			}
			if err := members.Put(memberKey(a, t), nil); err != nil {
				return err
			}
		}
		sizes := tx.Bucket(bArcSize)
		for a, n := range bt.ArcSizes {
			var err error
			if n <= 0 {
				err = sizes.Delete([]byte(a))
			} else {
				err = putInt(sizes, []byte(a), n)
			}
			if err != nil {
				return err
			}
		}
		if len(bt.DF) > 0 || bt.Docs != 0 {
			// bbolt keeps a reference to every value until the
			// transaction commits: each count needs bytes of its own
			// (one arena holds them all), or every term would read back
			// the count encoded last.
			vals := make([]byte, 0, len(bt.DF)*3)
			for term, inc := range bt.DF {
				k := []byte(term)
				n := inc
				if v := df.Get(k); v != nil {
					old, _ := binary.Uvarint(v)
					n += int(old)
				}
				if n <= 0 {
					if err := df.Delete(k); err != nil {
						return err
					}
					continue
				}
				at := len(vals)
				vals = binary.AppendUvarint(vals, uint64(n))
				if err := df.Put(k, vals[at:len(vals):len(vals)]); err != nil {
					return err
				}
			}
			if err := putInt(meta, keyDocs, getInt(meta, keyDocs)+bt.Docs); err != nil {
				return err
			}
		}
		return nil
	})
}

// putSketch stores a story's sketch under its slot; a text with no words
// has none.
func putSketch(b *bolt.Bucket, slot []byte, sk versions.Sketch) error {
	if len(sk) == 0 {
		return b.Delete(slot)
	}
	return b.Put(slot, sk)
}

// ConfirmIndexed clears the pending mark of ids once the index holds them.
func (s *Store) ConfirmIndexed(ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	return s.update(func(tx *bolt.Tx) error {
		p := tx.Bucket(bPending)
		for _, id := range ids {
			if err := p.Delete([]byte(id)); err != nil {
				return err
			}
		}
		return nil
	})
}

// Pending returns the ids stored but not confirmed in the index.
func (s *Store) Pending() ([]string, error) {
	var ids []string
	err := s.view(func(tx *bolt.Tx) error {
		p := tx.Bucket(bPending)
		if p == nil {
			return nil
		}
		return p.ForEach(func(k, _ []byte) error {
			ids = append(ids, string(k))
			return nil
		})
	})
	return ids, err
}

// MarkAllPending marks every story pending (before a full reindex).
func (s *Store) MarkAllPending() error {
	return s.update(func(tx *bolt.Tx) error {
		p := tx.Bucket(bPending)
		return tx.Bucket(bSlots).ForEach(func(k, _ []byte) error {
			return p.Put(k, nil)
		})
	})
}

// SetMeta stores a metadata value.
func (s *Store) SetMeta(key, value string) error {
	return s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bMeta).Put([]byte(key), []byte(value))
	})
}

// Meta returns a metadata value, "" when unset.
func (s *Store) Meta(key string) string {
	var v string
	_ = s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bMeta); b != nil {
			v = string(b.Get([]byte(key)))
		}
		return nil
	})
	return v
}

// ResetAnalysis removes every link feature, arc, DF count and group of
// versions (before a full re-analysis).
func (s *Store) ResetAnalysis() error {
	return s.update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bThreadFs, bThreadArcs, bDF, bArcSize, bArcThreads, bVersionOf, bVersionSet} {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		return putInt(tx.Bucket(bMeta), keyDocs, 0)
	})
}

// StoryActors calls fn with the actors of every story (without their
// paragraph lists, which the registry does not need). Only the story's id
// and actors are decoded.
func (s *Store) StoryActors(fn func(id string, actors []actor.Actor) error) error {
	type storyActors struct {
		Article struct {
			ID string `json:"id"`
		} `json:"article"`
		Actors []actor.Actor `json:"actors"`
	}
	decode := func(v []byte) (*storyActors, error) {
		var r storyActors
		if err := unpackJSON(v, &r); err != nil {
			return nil, err
		}
		for i := range r.Actors {
			r.Actors[i].Paragraphs = nil
		}
		return &r, nil
	}
	return eachRecord(s, decode, func(r *storyActors) error { return fn(r.Article.ID, r.Actors) })
}
