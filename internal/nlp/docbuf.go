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
	tokVotes  voteTable
	spanVotes voteTable

	spans []Span // one sentence's spans

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

// voteTable counts votes by word. A paragraph has few capitalised words,
// so it is a list searched in order, with a map once it grows long.
type voteTable struct {
	words []string
	votes []vote
	index map[string]int // word -> position, when len(words) > voteListMax
}

const voteListMax = 32

func (t *voteTable) reset() {
	clear(t.words)
	t.words, t.votes = t.words[:0], t.votes[:0]
	clear(t.index)
}

// find returns the position of w, or -1.
func (t *voteTable) find(w string) int {
	if len(t.words) > voteListMax {
		if i, ok := t.index[w]; ok {
			return i
		}
		return -1
	}
	for i, x := range t.words {
		if x == w {
			return i
		}
	}
	return -1
}

// at returns the votes of w, adding it with none.
func (t *voteTable) at(w string) *vote {
	i := t.find(w)
	if i < 0 {
		i = len(t.words)
		t.words, t.votes = append(t.words, w), append(t.votes, vote{})
		switch {
		case len(t.words) == voteListMax+1:
			if t.index == nil {
				t.index = make(map[string]int, 2*voteListMax)
			}
			for j, x := range t.words {
				t.index[x] = j
			}
		case len(t.words) > voteListMax+1:
			t.index[w] = i
		}
	}
	return &t.votes[i]
}

// get returns the votes of w (none when absent).
func (t *voteTable) get(w string) vote {
	if i := t.find(w); i >= 0 {
		return t.votes[i]
	}
	return vote{}
}
