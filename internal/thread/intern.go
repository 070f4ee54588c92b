package thread

import (
	"hash/maphash"
	"sync"
)

// stemSeed hashes stems once, when the lexicon first meets a word, so
// that interning a token costs no hashing.
var stemSeed = maphash.MakeSeed()

// interner gives the stems of one call dense ids 0, 1, 2… in order of
// first use: an open-addressing table over the stems' precomputed hashes.
type interner struct {
	slots []islot
	stems []string // by id
	memo  *lexMemo // recent lexicon entries, kept with the interner
	// storage of appendTokens' deferred look-ups
	pend  []pending
	lower []byte
	words []word // AppendTerms' words
}

// lexMemo returns the interner's lexicon memo, made on first use.
func (in *interner) lexMemo() *lexMemo {
	if in.memo == nil {
		in.memo = new(lexMemo)
	}
	return in.memo
}

type islot struct {
	hash uint64
	id   int32 // id+1; 0 marks an empty slot
}

// reset empties the table, keeping its storage.
func (in *interner) reset() {
	clear(in.slots)
	clear(in.stems) // drop references to the stems
	in.stems = in.stems[:0]
}

// id returns the id of stem, whose hash under stemSeed is h.
func (in *interner) id(stem string, h uint64) int32 {
	if 2*(len(in.stems)+1) > len(in.slots) {
		in.grow()
	}
	mask := uint64(len(in.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &in.slots[i]
		if s.id == 0 {
			id := int32(len(in.stems))
			*s = islot{hash: h, id: id + 1}
			in.stems = append(in.stems, stem)
			return id
		}
		if s.hash == h && in.stems[s.id-1] == stem {
			return s.id - 1
		}
	}
}

// grow doubles the table and re-inserts every stem.
func (in *interner) grow() {
	n := max(64, 2*len(in.slots))
	old := in.slots
	in.slots = make([]islot, n)
	mask := uint64(n - 1)
	for _, s := range old {
		if s.id == 0 {
			continue
		}
		i := s.hash & mask
		for in.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		in.slots[i] = s
	}
}

// size returns the number of distinct stems interned.
func (in *interner) size() int { return len(in.stems) }

var interners = sync.Pool{New: func() any { return new(interner) }}

// getInterner returns an empty interner from the pool.
func getInterner() *interner {
	return interners.Get().(*interner)
}

// putInterner returns in to the pool.
func putInterner(in *interner) {
	if len(in.slots) > 1<<16 {
		return // a freak text: let its table go
	}
	in.reset()
	interners.Put(in)
}
