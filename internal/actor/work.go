package actor

import (
	"slices"
	"sync"

	"github.com/storyline/storyline/internal/nlp"
)

// storyWork holds the storage one story's extraction works in, none of
// which outlives ExtractOptions: the mentions (some forty a story), the
// paragraphs' entity spans, per-token marks and the kind tallies. Import
// extracts story after story on each worker, so recycling it (workPool)
// spares the collector most of the extractor's garbage.
type storyWork struct {
	chunks [][]mention  // mentions, each chunk of slabChunk, never grown: pointers stay valid
	cur    int          // chunk being filled
	lower  lowerMemo    // lower-cased words, kept between stories
	ents   []nlp.Entity // the tagger's entities of one text
	spans  []span       // entity spans of all paragraphs
	marks  []bool       // persons and coverage of all tokens (collect)
	merged []span       // mergeSpans scratch
	drop   []bool
	titled []string // surnames written after a title of address (titledsurname.go)
	// titleFull holds "Justice Menon" for "Justice Ravi Menon": a title
	// that is a given name too, before a longer name (titlegiven.go).
	titleFull []string
	// voteKinds
	tallies []kindTally
	of      map[string]int
	at      []int
}

// kindTally counts the votes for the kinds of one name (voteKinds).
type kindTally struct {
	n        [len(kinds)]int // votes by kind index
	first    int             // kind index of the name's first mention
	rule     bool
	personEv bool // a mention has context evidence, a role or a title for a person
	bodyEv   int  // mentions with strong context evidence for an organisation
	bodyCue  int  // the mentions' own cues of a body or thing (mention.bodyCue)
	placeCue int  // the mentions' own evidence for a place
	firmHint int  // the mentions' hints of a firm (firmHint)
	orgTags  int  // mentions the tagger read as an organisation (mention.orgTag)
	perTags  int  // mentions the tagger read as a person
	tradeEv  int  // bodyEv mentions whose cue is a trade noun describing the name (mention.trade)
	count    int  // mentions
	otherCue int  // the mentions' own evidence for another kind of thing (mention.xev)
	chamber  int  // mentions read as a deliberative body by their use (mention.chamber)
}

const (
	slabChunk     = 32
	maxSlabChunks = 64 // a recycled storyWork keeps at most this many chunks
)

var workPool = sync.Pool{New: func() any { return new(storyWork) }}

// getWork returns an empty storyWork from the pool.
func getWork() *storyWork { return workPool.Get().(*storyWork) }

// mention returns a pointer to a copy of m in the work's storage.
func (w *storyWork) mention(m mention) *mention {
	if w.cur < len(w.chunks) && len(w.chunks[w.cur]) == slabChunk {
		w.cur++
	}
	if w.cur == len(w.chunks) {
		w.chunks = append(w.chunks, make([]mention, 0, slabChunk))
	}
	c := append(w.chunks[w.cur], m)
	w.chunks[w.cur] = c
	return &c[len(c)-1]
}

// release empties w, dropping its references to the story, and returns
// it to the pool: nothing it handed out may be used after.
func (w *storyWork) release() {
	if len(w.chunks) > maxSlabChunks || cap(w.marks) > 1<<16 || cap(w.spans) > 1<<12 || cap(w.ents) > 1<<12 || len(w.of) > 1<<12 {
		return // a freak story: let its storage go
	}
	for i := range w.chunks[:min(w.cur+1, len(w.chunks))] {
		clear(w.chunks[i])
		w.chunks[i] = w.chunks[i][:0]
	}
	w.cur = 0
	clear(w.ents)
	w.ents = w.ents[:0]
	clear(w.spans)
	clear(w.merged[:cap(w.merged)])
	w.spans, w.merged = w.spans[:0], w.merged[:0]
	clear(w.of)
	workPool.Put(w)
}

// resize returns s with length n, all zero, in its own storage when
// that is large enough.
func resize[T any](s []T, n int) []T {
	s = slices.Grow(s[:0], n)[:n]
	clear(s)
	return s
}
