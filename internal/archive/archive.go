package archive

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/storyline/storyline/index"
	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/link"
	"github.com/storyline/storyline/internal/residency"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/versions"
)

// Options control how an archive is opened.
type Options struct {
	// ReadOnly opens without taking the writer lock; nothing can be
	// imported. Readers still fail clearly while a writer holds the store.
	ReadOnly bool
	// Demo marks the archive as the built-in demo (shown in Info).
	Demo bool
	// Progress, when set, is told how far a writable open has got in
	// indexing stories the index lacks (after a schema change, a crash
	// or a lost index: the whole archive).
	Progress func(done, total int)
}

// Archive is an open archive: the store (truth), the search index and,
// loaded on demand, the linker.
type Archive struct {
	dir      string
	st       *store.Store
	ix       *index.Index
	readOnly bool
	demo     bool
	// repairProgress is Options.Progress, for repair.
	repairProgress func(done, total int)

	mu     sync.Mutex
	linkMu sync.Mutex      // held for every call into linker
	linker *link.Linker    // nil until needed
	df     *docFreq        // nil until needed
	reg    *actor.Registry // nil until needed
	// vx finds the stored stories a new one may be a version of; nil
	// until an import needs it, used under linkMu.
	vx *versions.Index

	resident *residency.Keeper // holds mapped pages under mappedBudget
	ixMu     sync.Mutex        // guards a.ix for trimMapped (Reindex swaps it)
}

// The archive's mapped pages (bbolt and bleve read their files through
// mmap) are dropped from the process's page tables whenever the file-backed
// part of the resident set passes mappedBudget: the kernel's page cache
// keeps them, so a later read maps them again without disk I/O. Without
// this, browsing a large archive or merging its index shows most of the
// archive as resident memory. Reads check after each search, related
// threads, storyline and story; a writer also checks every trimEvery,
// since an index merge or a store walk maps hundreds of MB in a second. A
// reader's background check (trimEveryReader) only catches what those
// miss, and wakes an idle TUI rarely.
const (
	mappedBudget    = 96 << 20
	trimEvery       = 25 * time.Millisecond
	trimEveryReader = time.Second
)

// ErrNoArchive is returned when a read-only open finds no archive.
var ErrNoArchive = errors.New("no archive")

// ErrNoIndex is returned when a read-only open finds a store without an
// index of the current schema (an archive made by an older storyline);
// a writable open rebuilds it.
var ErrNoIndex = errors.New("no search index for this version of storyline")

// Exists reports whether dir holds an archive.
func Exists(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, store.FileName))
	return err == nil
}

// Open opens the archive in dir. A writable open creates it when missing,
// repairs what an interrupted import left half-done, and rebuilds the
// index when its schema changed.
func Open(dir string, opts Options) (*Archive, error) {
	if opts.ReadOnly && !Exists(dir) {
		return nil, fmt.Errorf("%w at %s: import something first (storyline import PATH)", ErrNoArchive, dir)
	}
	st, err := store.Open(dir, opts.ReadOnly)
	if err != nil {
		return nil, err
	}
	if opts.ReadOnly && st.NeedsUpgrade() {
		st.Close()
		return nil, fmt.Errorf("archive %s: %w (the store was written by an older storyline): open it for writing once, e.g. `storyline reindex`", dir, ErrNoIndex)
	}
	a := &Archive{dir: dir, st: st, readOnly: opts.ReadOnly, demo: opts.Demo, repairProgress: opts.Progress}
	ix, err := index.Open(dir, opts.ReadOnly)
	if err != nil && !opts.ReadOnly {
		// A broken or incompatible index is rebuilt from the store.
		_ = index.Remove(dir)
		ix, err = index.Open(dir, false)
		if err == nil {
			err = st.MarkAllPending()
		}
	}
	if err != nil {
		st.Close()
		if errors.Is(err, index.ErrBusy) {
			return nil, &store.LockedError{Dir: dir}
		}
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("archive %s: %w: run `storyline reindex`", dir, ErrNoIndex)
		}
		// A damaged index: the store still holds everything.
		return nil, fmt.Errorf("archive %s: %w (the index cannot be read: %v): run `storyline reindex`", dir, ErrNoIndex, err)
	}
	a.ix = ix
	every := trimEvery
	if opts.ReadOnly {
		every = trimEveryReader
	}
	a.resident = residency.Keep(mappedBudget, every, a.trimMapped)
	st.SetPace(a.resident.Check)
	stale, err := a.indexStale()
	if err != nil {
		a.Close()
		return nil, err
	}
	if stale && opts.ReadOnly {
		a.Close()
		return nil, fmt.Errorf("archive %s: %w (the index does not match the store): run `storyline reindex`", dir, ErrNoIndex)
	}
	if stale {
		// A damaged or lost index is rebuilt from the store.
		if err := st.MarkAllPending(); err != nil {
			a.Close()
			return nil, err
		}
	}
	if !opts.ReadOnly {
		// A new schema starts from an empty index, filled above; indexes
		// of old schemas go.
		index.RemoveOld(dir)
		if err := a.repair(); err != nil {
			a.Close()
			return nil, fmt.Errorf("repair archive %s: %w", dir, err)
		}
	}
	return a, nil
}

// indexStale reports whether the index cannot hold what the store does:
// more documents than stories, or fewer than the stories confirmed in it.
func (a *Archive) indexStale() (bool, error) {
	n, err := a.ix.Count()
	if err != nil {
		return true, nil
	}
	pending, err := a.st.Pending()
	if err != nil {
		return false, err
	}
	stories := a.st.Count()
	return int(n) > stories || int(n)+len(pending) < stories, nil
}

// trimMapped drops the resident pages of the store's and the index's
// mappings (residency.Trim), with both pinned so that neither is unmapped
// meanwhile. It takes no archive lock: it runs inside store walks that
// may hold a.mu.
func (a *Archive) trimMapped() {
	a.ixMu.Lock()
	ix := a.ix
	a.ixMu.Unlock()
	_ = a.st.Pin(func(db string) error {
		var files []string
		if db != "" {
			files = append(files, db)
		}
		if ix == nil {
			_, err := residency.Trim(files)
			return err
		}
		return ix.Pin(func(segs []string) error {
			_, err := residency.Trim(append(files, segs...))
			return err
		})
	})
}

// Close closes the archive.
func (a *Archive) Close() error {
	var errs []error
	a.resident.Stop()
	if a.ix != nil {
		errs = append(errs, a.ix.Close())
	}
	if a.st != nil {
		errs = append(errs, a.st.Close())
	}
	return errors.Join(errs...)
}

// Dir returns the archive directory.
func (a *Archive) Dir() string { return a.dir }

// Info describes the archive for status lines.
func (a *Archive) Info() Info {
	in := Info{Path: a.dir, Demo: a.demo, ReadOnly: a.readOnly, Stories: a.st.Count()}
	switch {
	case a.demo:
		in.Note = "demo · yours: storyline import PATH"
	case a.AnalysisOutdated():
		in.Note = "older analysis: run storyline reindex"
	}
	return in
}

// repair indexes stories a crash left stored but not indexed, and fills
// an index rebuilt from the store (a new schema, a lost index). A rebuild
// of many stories ends merged into one segment, as a bulk import does:
// left in the dozen or so segments the writes made, searches of a
// 100,000-story archive take longer until its next bulk import.
func (a *Archive) repair() error {
	ids, err := a.st.Pending()
	if err != nil || len(ids) == 0 {
		return err
	}
	ctx := context.Background()
	if err := a.reindexIDs(ctx, ids, a.repairProgress); err != nil {
		return err
	}
	if bulkImport(len(ids), a.st.Count()) {
		return a.ix.Merge(ctx)
	}
	return nil
}
