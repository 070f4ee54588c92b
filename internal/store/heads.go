package store

import (
	"bytes"

	json "github.com/goccy/go-json"

	"github.com/storyline/storyline/internal/article"
	bolt "go.etcd.io/bbolt"
)

// Head is what a list of stories shows of one: its article without the
// paragraphs, and how many threads it has.
type Head struct {
	Article article.Article
	Threads int
}

// Heads returns the heads of the stories ids, in that order, leaving out
// IDs the store does not have and records it cannot read (as a list built
// with Get would). It parses only the start of each record (the article's
// fields before its text) and the thread list, on all CPUs, so the
// thousands of stories of a common actor list quickly; like a walk, it
// calls the SetPace function as it reads.
func (s *Store) Heads(ids []string) []Head {
	out := make([]Head, len(ids))
	found := make([]bool, len(ids))
	err := s.view(func(tx *bolt.Tx) error {
		p := s.pacer()
		vals := make([][]byte, eachChunk)
		for at := 0; at < len(ids); at += eachChunk {
			chunk := ids[at:min(at+eachChunk, len(ids))]
			for i, id := range chunk {
				_, vals[i] = recordAt(tx, id)
				p.read(len(vals[i]) + lookupBytes)
			}
			spread(len(chunk), func(i int, buf []byte) []byte {
				if vals[i] != nil {
					out[at+i], buf, found[at+i] = recordHead(vals[i], buf)
				}
				return buf
			})
		}
		return nil
	})
	if err != nil {
		return nil
	}
	heads := out[:0]
	for i, h := range out {
		if found[i] {
			heads = append(heads, h)
		}
	}
	return heads
}

// lookupBytes is what finding one record by ID maps besides its value:
// a leaf of the slot index and the branch and leaf pages over the value.
// Counted for the SetPace function, it keeps a read of thousands of
// scattered stories inside the archive's budget of mapped pages.
const lookupBytes = 4 << 12

// The keys around a record's head and thread list.
var (
	articleStart  = []byte(`{"article":{`)
	paragraphsKey = []byte(`,"paragraphs":`)
	threadsKey    = []byte(`,"threads":`)
)

// recordHead returns the head of a stored value, decompressing into buf
// (returned for reuse); ok is false when the value cannot be read.
func recordHead(v, buf []byte) (h Head, _ []byte, ok bool) {
	var err error
	if bytes.HasPrefix(v, zstdMagic) {
		buf, err = zdec.DecodeAll(v, buf[:0])
	} else {
		buf, err = unpackRaw(v)
	}
	if err != nil {
		return h, buf, false
	}
	if h, ok := quickHead(buf); ok {
		return h, buf, true
	}
	var r Record
	if json.Unmarshal(buf, &r) != nil {
		return h, buf, false
	}
	r.Article.Paragraphs = nil
	return Head{Article: r.Article, Threads: len(r.Threads)}, buf, true
}

// quickHead parses a record's article fields up to its paragraphs (the
// first `,"paragraphs":` is the article's: no key before it holds an
// object, and a quote inside a string is escaped) and counts the elements
// of its thread list (the last `,"threads":` before the actors); ok is
// false when the record is not laid out as expected.
func quickHead(b []byte) (h Head, ok bool) {
	end := bytes.Index(b, paragraphsKey)
	if !bytes.HasPrefix(b, articleStart) || end < 0 {
		return h, false
	}
	var part struct {
		Article article.Article `json:"article"`
	}
	if json.Unmarshal(append(b[:end:end], "}}"...), &part) != nil {
		return h, false
	}
	to := bytes.LastIndex(b, actorsKey)
	if to < 0 {
		return h, false
	}
	from := bytes.LastIndex(b[:to], threadsKey)
	if from < 0 {
		return h, false
	}
	n, ok := countElements(b[from+len(threadsKey) : to])
	return Head{Article: part.Article, Threads: n}, ok
}

// countElements counts the elements of a JSON array (null: none), which
// must be all of b.
func countElements(b []byte) (int, bool) {
	p := &actorParser{b: b}
	if p.literal("null") {
		return 0, p.i == len(b)
	}
	if !p.byte('[') {
		return 0, false
	}
	n := 0
	for ; !p.byte(']'); n++ {
		if n > 0 && !p.byte(',') {
			return 0, false
		}
		if !p.skipValue(0) {
			return 0, false
		}
	}
	return n, p.i == len(b)
}
