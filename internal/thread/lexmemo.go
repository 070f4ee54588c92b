package thread

// lexMemo is a small direct-mapped cache of lexicon entries in front of
// the shared lexicon. Each interner has its own, so a hit takes no lock
// and reads one slot; the words of news text repeat enough ("the",
// "said", "government") that most tokens hit. A slot keeps its word's
// bytes inline. It returns exactly what the lexicon would: an entry
// depends on its word alone.
type lexMemo struct {
	slots [lexMemoSlots]lexSlot
}

const lexMemoSlots = 1 << 12

// lexSlot holds a word of up to len(w) bytes; longer words are not kept.
type lexSlot struct {
	n uint8    // the word's length, 0: empty
	w [15]byte // the word
	e lexEntry
}

// get returns the entry of the lower-case word b, whose hash under
// memoHash is h.
func (m *lexMemo) get(b []byte, h uint32) lexEntry {
	if len(b) > len(lexSlot{}.w) {
		return lexicon.GetBytes(b)
	}
	s := &m.slots[h&(lexMemoSlots-1)]
	if int(s.n) == len(b) && string(s.w[:s.n]) == string(b) {
		return s.e
	}
	e := lexicon.GetBytes(b)
	s.n = uint8(copy(s.w[:], b))
	s.e = e
	return e
}

// FNV-1a over the bytes of a word, for lexMemo slots.
const (
	memoOffset uint32 = 2166136261
	memoPrime  uint32 = 16777619
)
