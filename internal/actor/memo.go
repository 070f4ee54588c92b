package actor

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

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

type memoEntry struct {
	key string
	val uint8
}

var memoSeed = maphash.MakeSeed()

// get returns f(w), from the memo when w is there.
func (m *wordMemo) get(w string, f func(string) uint8) uint8 {
	if len(w) > memoMaxLen {
		return f(w)
	}
	s := &m.slots[maphash.String(memoSeed, w)&(memoSlots-1)]
	if e := s.Load(); e != nil && e.key == w {
		return e.val
	}
	v := f(w)
	// A copy of the word: w is often a slice of a story's text, which the
	// memo must not keep alive.
	s.Store(&memoEntry{key: strings.Clone(w), val: v})
	return v
}
