package index

import (
	"context"
	"path/filepath"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Merge merges the index's segments into one: a merged index is smaller
// (one term dictionary, no deleted documents) and a little quicker to
// search. It costs about as much as writing the index once, so the
// archive calls it only after an import that grew the archive a lot.
func (x *Index) Merge(ctx context.Context) error {
	adv, err := x.b.Advanced()
	if err != nil {
		return err
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok || x.dir == "" || x.readOnly {
		return nil // an in-memory index: nothing to gain
	}
	if err := s.ForceMerge(ctx, nil); err != nil {
		return err
	}
	// bleve keeps the segments of the snapshot before the merge until
	// the index is next opened for writing, and then removes them in the
	// background: reopen it, and give that a moment.
	x.swap.Lock()
	err = x.b.Close()
	var y *Index
	if err == nil {
		y, err = Open(x.dir, false)
	}
	if err == nil {
		x.b = y.b
	}
	x.swap.Unlock()
	if err != nil {
		return err
	}
	for wait := 0; wait < 100 && x.segments() > 1; wait++ {
		time.Sleep(20 * time.Millisecond)
	}
	return nil
}

// segments counts the segment files of an index on disk.
func (x *Index) segments() int {
	segs, _ := filepath.Glob(filepath.Join(Dir(x.dir), "store", "*.zap"))
	return len(segs)
}
