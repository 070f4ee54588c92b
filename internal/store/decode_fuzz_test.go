package store

import (
	"testing"

	json "github.com/goccy/go-json"
)

// actorPart is a stored actor as some readers decode it alone.
type actorPart struct {
	Name       string   `json:"name"`
	Roles      []string `json:"roles"`
	Paragraphs []int    `json:"paragraphs"`
}

// FuzzDecodeRecord feeds arbitrary bytes to the JSON decoder the store
// reads its records with: a damaged value must give an error, never a
// panic.
func FuzzDecodeRecord(f *testing.F) {
	f.Add([]byte(`{"article":{"id":"a","title":"T","paragraphs":[{"text":"x"}]},"threads":[{"paragraphs":[0],"label":"L"}],"actors":[{"name":"Ada Kell","kind":"person"}],"imported":"2026-11-28T10:00:00Z"}`))
	f.Add([]byte(`{"article":{"published":"not a time"}}`))
	f.Add([]byte(`{"threads":[{"paragraphs":[1e99]}]}`))
	f.Add([]byte(`{"article":{"title":"\ud800"}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r Record
		_ = json.Unmarshal(b, &r)
		var part struct {
			Hash string `json:"hash"`
		}
		_ = json.Unmarshal(b, &part)
		var as []actorPart
		_ = json.Unmarshal(b, &as)
	})
}
