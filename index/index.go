package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/storyline/storyline/internal/diskuse"
)

// Doc is one story as indexed.
type Doc struct {
	ID        string
	Title     string
	Body      []string // title first, then the reading paragraphs in order
	Actors    []string // canonical actor names
	Threads   []string // thread labels, in thread order
	Source    string
	Category  string
	Published time.Time // zero when unknown
}

type bleveDoc struct {
	Type      string     `json:"_type"`
	Title     string     `json:"title"`
	Body      string     `json:"body"`
	Actor     []string   `json:"actor,omitempty"`
	Name      []string   `json:"name,omitempty"`
	Thread    []string   `json:"thread,omitempty"`
	Source    string     `json:"source,omitempty"`
	Category  string     `json:"category,omitempty"`
	Published *time.Time `json:"published,omitempty"`
}

func (d Doc) bleve() bleveDoc {
	b := bleveDoc{Type: "story", Title: d.Title, Body: strings.Join(d.Body, "\n\n"), Actor: d.Actors, Name: d.Actors, Thread: d.Threads, Source: d.Source, Category: d.Category}
	if !d.Published.IsZero() {
		t := d.Published.UTC()
		b.Published = &t
	}
	return b
}

// Index is an open bleve index.
type Index struct {
	b        bleve.Index
	readOnly bool
	dir      string // the archive directory; "" in memory
	// swap is held for reading by Pin and for writing while Merge swaps
	// the bleve index for a reopened one.
	swap sync.RWMutex
}

// ErrBusy is returned when another process holds the index for writing.
var ErrBusy = errors.New("index is in use by another process")

// Dir returns the index directory inside an archive directory.
func Dir(archive string) string {
	return filepath.Join(archive, fmt.Sprintf("index-v%d", SchemaVersion))
}

// Open opens (creating when missing) the index of the archive at dir. A
// read-only open of a missing index fails with os.ErrNotExist. It never
// waits long on a lock held by another process.
func Open(dir string, readOnly bool) (*Index, error) {
	p := Dir(dir)
	cfg := map[string]interface{}{"bolt_timeout": "500ms"}
	if readOnly {
		cfg["read_only"] = true
	}
	b, err := bleve.OpenUsing(p, cfg)
	if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		if readOnly {
			return nil, fmt.Errorf("%s: %w", p, os.ErrNotExist)
		}
		b, err = bleve.NewUsing(p, NewMapping(), scorch.Name, scorch.Name, map[string]interface{}{"bolt_timeout": "500ms"})
	}
	if err != nil {
		if strings.Contains(err.Error(), "timeout") {
			return nil, ErrBusy
		}
		return nil, fmt.Errorf("open index %s: %w", p, err)
	}
	return &Index{b: b, readOnly: readOnly, dir: dir}, nil
}

// OpenMem returns an in-memory index (tests and the demo archive).
func OpenMem() (*Index, error) {
	b, err := bleve.NewMemOnly(NewMapping())
	if err != nil {
		return nil, err
	}
	return &Index{b: b}, nil
}

// RemoveOld deletes indexes of older schema versions in archive dir.
func RemoveOld(dir string) {
	for v := 1; v < SchemaVersion; v++ {
		_ = os.RemoveAll(filepath.Join(dir, fmt.Sprintf("index-v%d", v)))
	}
}

// Remove deletes the index of the archive at dir (before a rebuild).
func Remove(dir string) error { return os.RemoveAll(Dir(dir)) }

// Close closes the index.
func (x *Index) Close() error {
	x.swap.RLock()
	defer x.swap.RUnlock()
	return x.b.Close()
}

// Pin calls fn with the paths of the segment files of the index's current
// snapshot, which stay mapped (and on disk or not, not unmapped) until fn
// returns. An index in memory, or one closed, has none.
func (x *Index) Pin(fn func(paths []string) error) error {
	x.swap.RLock()
	defer x.swap.RUnlock()
	adv, err := x.b.Advanced()
	if err != nil {
		return fn(nil)
	}
	r, err := adv.Reader()
	if err != nil {
		return fn(nil)
	}
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok || snap == nil { // not scorch, or closed
		return fn(nil)
	}
	defer snap.Close()
	var paths []string
	for _, s := range snap.Segments() {
		if p, ok := s.Segment().(interface{ Path() string }); ok && p.Path() != "" {
			paths = append(paths, p.Path())
		}
	}
	return fn(paths)
}

// Count returns the number of indexed stories.
func (x *Index) Count() (uint64, error) { return x.b.DocCount() }

// Apply indexes docs and deletes the ids in del, in one bleve batch.
func (x *Index) Apply(docs []Doc, del []string) error {
	if len(docs) == 0 && len(del) == 0 {
		return nil
	}
	batch := x.b.NewBatch()
	for _, id := range del {
		batch.Delete(id)
	}
	for _, d := range docs {
		if err := batch.Index(d.ID, d.bleve()); err != nil {
			return fmt.Errorf("index %s: %w", d.ID, err)
		}
	}
	return x.b.Batch(batch)
}

// Has reports whether id is in the index.
func (x *Index) Has(id string) (bool, error) {
	d, err := x.b.Document(id)
	if err != nil {
		return false, err
	}
	return d != nil, nil
}

// Bytes returns the size on disk of the index directory of archive dir.
func Bytes(dir string) int64 { return diskuse.Of(Dir(dir)) }
