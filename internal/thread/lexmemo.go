package thread

// lexMemo is a small two-way set-associative cache of lexicon entries in
// front of the shared lexicon. Each interner has its own, so a hit takes
// no lock and reads one set; the words of news text repeat enough ("the",
// "said", "government") that most tokens hit. A slot keeps its word's
// bytes inline. It returns exactly what the lexicon would: an entry
// depends on its word alone.
//
// On an import's text, 4,096 direct-mapped slots sent 22 % of the
// words on to the shared lexicon, whose look-up, in a table far larger
// than the processor's caches, costs several memory reads; 8,192 sets of
// two send 8 %.
type lexMemo struct {
	slots [lexMemoSlots]lexSlot // set k is slots[2k:2k+2], the recent first
}

const lexMemoSlots = 1 << 14

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
	set := (*[2]lexSlot)(m.slots[h&(lexMemoSlots-2):])
	if s := &set[0]; int(s.n) == len(b) && string(s.w[:s.n]) == string(b) {
		return s.e
	}
	if s := &set[1]; int(s.n) == len(b) && string(s.w[:s.n]) == string(b) {
		set[0], set[1] = set[1], set[0]
		return set[0].e
	}
	e := lexicon.GetBytes(b)
	set[1] = set[0]
	set[0].n = uint8(copy(set[0].w[:], b))
	set[0].e = e
	return e
}

// FNV-1a over the bytes of a word, for lexMemo slots.
const (
	memoOffset uint32 = 2166136261
	memoPrime  uint32 = 16777619
)
