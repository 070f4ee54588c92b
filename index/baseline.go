package index

import (
	"time"

	"github.com/blevesearch/bleve/v2"
)

// BaselineDoc is a document for the naive bleve baseline of `storyline
// bench`.
type BaselineDoc struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Body      string    `json:"body"`
	Published time.Time `json:"published"`
}

// NaiveBaseline indexes docs at path the naive way — bleve's default
// mapping, batches of 1000 — and returns how long it took, so benchmarks
// can report storyline's import as a ratio to plain bleve on the same
// machine and documents.
func NaiveBaseline(path string, docs []BaselineDoc) (time.Duration, error) {
	start := time.Now()
	idx, err := bleve.New(path, bleve.NewIndexMapping())
	if err != nil {
		return 0, err
	}
	b := idx.NewBatch()
	for _, d := range docs {
		if err := b.Index(d.ID, d); err != nil {
			idx.Close()
			return 0, err
		}
		if b.Size() >= 1000 {
			if err := idx.Batch(b); err != nil {
				idx.Close()
				return 0, err
			}
			b.Reset()
		}
	}
	if b.Size() > 0 {
		if err := idx.Batch(b); err != nil {
			idx.Close()
			return 0, err
		}
	}
	if err := idx.Close(); err != nil {
		return 0, err
	}
	return time.Since(start), nil
}
