package store

import (
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// compactSuffix names the file a compaction writes before it replaces the
// store; one left by a crash is removed at the next open.
const compactSuffix = ".compact"

// Slack returns the store file's size and the bytes its data occupy on
// their pages: the difference is free pages and the unused ends of pages,
// which random-key inserts leave behind (a bulk import leaves about a
// third of the file unused). It reads every key and value, a leaf
// element header each (the pages' own headers and branch pages, a
// fraction of a percent, are left out).
func (s *Store) Slack() (file, used int64, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		file = tx.Size()
		p := s.pacer()
		return tx.ForEach(func(_ []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				n := leafElementSize + len(k) + len(v)
				used += int64(n)
				p.read(n)
				return nil
			})
		})
	})
	return file, used, err
}

// leafElementSize is the header bbolt writes before each key and value on
// a leaf page.
const leafElementSize = 16

// Compact rewrites the store into a new file with full pages and no free
// ones, then puts it in place of the old file with an atomic rename (a
// crash part way leaves the old file whole). It needs the store open for
// writing.
func (s *Store) Compact() error {
	if s.readOnly {
		return fmt.Errorf("compact: store is open read-only")
	}
	p := filepath.Join(s.dir, FileName)
	tmp := p + compactSuffix
	_ = os.Remove(tmp)
	dst, _, err := openBolt(tmp, false)
	if err != nil {
		return fmt.Errorf("compact: %w", err)
	}
	err = s.compactInto(dst)
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = syncFile(tmp)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("compact: %w", err)
	}
	s.swap.Lock()
	defer s.swap.Unlock()
	if err := s.db.Close(); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("compact: %w", err)
	}
	renameErr := os.Rename(tmp, p)
	if renameErr != nil {
		_ = os.Remove(tmp)
	}
	_ = syncFile(s.dir)
	db, reserved, err := openBolt(p, false)
	if err != nil {
		s.db = nil
		return fmt.Errorf("reopen store after compaction: %w", err)
	}
	s.db, s.reserved = db, reserved
	if renameErr != nil {
		return fmt.Errorf("compact: %w", renameErr)
	}
	return nil
}

// compactTxBytes is how much a compaction copies in one transaction.
const compactTxBytes = 16 << 20

// compactInto copies every bucket into dst, compactTxBytes a transaction,
// with pages filled full (keys go in in order). The store's buckets hold
// keys and values only, no nested buckets.
func (s *Store) compactInto(dst *bolt.DB) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &DamagedError{Dir: s.dir, Cause: fmt.Sprint(r)}
		}
	}()
	tx, err := dst.Begin(true)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	p := s.pacer()
	size := 0
	err = s.view(func(src *bolt.Tx) error {
		return src.ForEach(func(name []byte, sb *bolt.Bucket) error {
			db, err := tx.CreateBucket(name)
			if err != nil {
				return err
			}
			db.FillPercent = 1.0
			if err := db.SetSequence(sb.Sequence()); err != nil {
				return err
			}
			c := sb.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if v == nil {
					return fmt.Errorf("bucket %s holds a nested bucket %q", name, k)
				}
				if size += len(k) + len(v); size > compactTxBytes {
					if err := tx.Commit(); err != nil {
						return err
					}
					if tx, err = dst.Begin(true); err != nil {
						return err
					}
					size = len(k) + len(v)
					db = tx.Bucket(name)
					db.FillPercent = 1.0
				}
				if err := db.Put(k, v); err != nil {
					return err
				}
				p.read(len(k) + len(v))
			}
			return nil
		})
	})
	if err != nil {
		return err
	}
	return tx.Commit()
}

// syncFile flushes a file or directory to disk.
func syncFile(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
