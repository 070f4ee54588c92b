package actor

import "sync/atomic"

// wordMemo remembers the answers of a pure function of a short word
// across stories and goroutines: the rules ask the embedded model about
// the same capitalised words ("Mr", "Labour", a story's names) many
// times a story, and the model's look-up (normalising the word, hashing
// it, probing its gazetteer) costs several times the memo's. A slot
// holds one word and its answer; a newer word of the same slot replaces
// it. Slots are read and written atomically, so that concurrent Extract
// calls share the memo without a lock; an answer is the function's, so
// whichever entry a reader sees is right.
type wordMemo struct {
	slots [memoSlots]atomic.Pointer[memoEntry]
}

const memoSlots = 1 << 12

// memoMaxLen is the longest word a wordMemo keeps; longer words (rare)
// are answered by the function each time.
const memoMaxLen = 24

// memoEntry holds a word's bytes inline (one cache line with its
// answer), a copy: the word is often a slice of a story's text, which the
// memo must not keep alive.
type memoEntry struct {
	n   uint8
	val uint8
	key [memoMaxLen]byte
}

// get returns f(w), from the memo when w is there.
func (m *wordMemo) get(w string, f func(string) uint8) uint8 {
	if len(w) > memoMaxLen {
		return f(w)
	}
	s := &m.slots[fnv32(w)&(memoSlots-1)]
	if e := s.Load(); e != nil && int(e.n) == len(w) && string(e.key[:len(w)]) == w {
		return e.val
	}
	v := f(w)
	e := &memoEntry{n: uint8(len(w)), val: v}
	copy(e.key[:], w)
	s.Store(e)
	return v
}
