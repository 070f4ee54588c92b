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
// third of the file unused).
func (s *Store) Slack() (file, used int64, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		file = tx.Size()
		return tx.ForEach(func(_ []byte, b *bolt.Bucket) error {
			st := b.Stats()
			used += int64(st.LeafInuse + st.BranchInuse + st.InlineBucketInuse)
			return nil
		})
	})
	return file, used, err
}

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
	dst, err := openBolt(tmp, false)
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
	if err := s.db.Close(); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("compact: %w", err)
	}
	renameErr := os.Rename(tmp, p)
	if renameErr != nil {
		_ = os.Remove(tmp)
	}
	_ = syncFile(s.dir)
	db, err := openBolt(p, false)
	if err != nil {
		return fmt.Errorf("reopen store after compaction: %w", err)
	}
	s.db = db
	if renameErr != nil {
		return fmt.Errorf("compact: %w", renameErr)
	}
	return nil
}

// compactInto copies every bucket into dst, 64 MiB a transaction.
func (s *Store) compactInto(dst *bolt.DB) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &DamagedError{Dir: s.dir, Cause: fmt.Sprint(r)}
		}
	}()
	return bolt.Compact(dst, s.db, 64<<20)
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
