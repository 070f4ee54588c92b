package nlp

import "sync"

// vote counts, per entity type (0: none), how other occurrences of a word
// were tagged by the first stage.
type vote = [nTypes + 1]uint16

// docBuf holds the working storage of tagging one document. Entities
// recycles it between calls (docPool), so that tagging allocates little
// beyond its result; training takes a fresh one per document, whose
// storage then belongs to the prepared document.
type docBuf struct {
	toks  []Token    // the text's tokens
	sents [][]Token  // sentences, slices of toks
	flat  []string   // token texts, all sentences
	words [][]string // per sentence, a slice of flat

	tok  []tok      // prepared tokens, all sentences
	gaz  []gazHit   // gazetteer hits, all sentences
	norm []string   // scratch for gazetteer matching
	prep []sentence // prepared sentences
	ctx  docContext

	paths     []int   // tag paths, all sentences
	pathOf    [][]int // per sentence, a slice of paths
	rows      []sentRows
	base      [][]int32
	votes     []vote // per token: nonLocal and spanVote
	tokVotes  map[string]vote
	spanVotes map[string]vote

	tags  []string // one sentence's IOB2 tags
	spans []Span   // one sentence's spans

	memo *wordMemo // recent word entries (nil in training)
}

var docPool = sync.Pool{New: func() any { return &docBuf{memo: newWordMemo()} }}

// release clears what refers to the caller's text and returns b to the pool.
func (b *docBuf) release() {
	clear(b.toks)
	clear(b.sents)
	clear(b.flat)
	clear(b.words)
	clear(b.norm)
	docPool.Put(b)
}

// counts returns m cleared, or a new map when it is nil.
func counts(m map[string]vote, hint int) map[string]vote {
	if m == nil {
		return make(map[string]vote, hint)
	}
	clear(m)
	return m
}
