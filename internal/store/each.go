package store

import (
	bolt "go.etcd.io/bbolt"
)

// eachChunk is how many records a parallel walk decodes at a time.
const eachChunk = 256

// eachRecord decodes every record with decode, on all CPUs, and calls fn
// with the results in the order the stories first arrived. Decoding
// (decompression and JSON) is most of the cost of a walk over the store.
func eachRecord[T any](s *Store, decode func([]byte) (T, error), fn func(T) error) error {
	out := make([]T, eachChunk)
	errs := make([]error, eachChunk)
	chunk := func(raw [][]byte) error {
		spread(len(raw), func(i int, buf []byte) []byte {
			out[i], errs[i] = decode(raw[i])
			return buf
		})
		for i := range raw {
			if errs[i] != nil {
				return errs[i]
			}
			if err := fn(out[i]); err != nil {
				return err
			}
			var zero T
			out[i] = zero
		}
		return nil
	}
	return s.eachRaw(chunk, func(err error) error { return err })
}

// eachRaw walks the stored values in the order the stories first arrived,
// inside one read transaction, and calls chunk with up to eachChunk of
// them at a time (a fresh slice each time), then end with the walk's
// error. Values live in the mapped file only as long as the transaction:
// chunk and end must be done reading them when they return.
func (s *Store) eachRaw(chunk func(raw [][]byte) error, end func(err error) error) error {
	return s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bRecords)
		if b == nil {
			return nil
		}
		p := s.pacer()
		raw := make([][]byte, 0, eachChunk)
		err := b.ForEach(func(_, v []byte) error {
			p.read(len(v))
			raw = append(raw, v)
			if len(raw) < eachChunk {
				return nil
			}
			full := raw
			raw = make([][]byte, 0, eachChunk)
			return chunk(full)
		})
		if err == nil && len(raw) > 0 {
			err = chunk(raw)
		}
		return end(err)
	})
}

// EachChunk calls fn with the stored stories in the order they first
// arrived, up to n at a time. Each chunk is read in its own transaction,
// so fn may write to the store (rewriting stories it was given; stories
// it adds may or may not be visited), and only one chunk is in memory at
// a time.
func (s *Store) EachChunk(n int, fn func([]*Record) error) error {
	var after []byte
	p := s.pacer()
	for {
		var chunk []*Record
		err := s.view(func(tx *bolt.Tx) error {
			b := tx.Bucket(bRecords)
			if b == nil {
				return nil
			}
			c := b.Cursor()
			k, v := c.First()
			if after != nil {
				if k, v = c.Seek(after); k != nil && string(k) == string(after) {
					k, v = c.Next()
				}
			}
			for ; k != nil && len(chunk) < n; k, v = c.Next() {
				p.read(len(v))
				r, err := decode(v)
				if err != nil {
					return err
				}
				chunk = append(chunk, r)
				after = append(after[:0], k...)
			}
			return nil
		})
		if err != nil || len(chunk) == 0 {
			return err
		}
		if err := fn(chunk); err != nil {
			return err
		}
	}
}
