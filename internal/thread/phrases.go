package thread

// phraseTable maps candidate phrases, by their stem ids, to indices of
// candidates: open addressing over a power-of-two table, which the
// labeler empties between threads and keeps between stories. It hashes
// three small integers, where a map would hash twelve bytes.
type phraseTable struct {
	slots []phraseSlot
	n     int
}

type phraseSlot struct {
	key phraseID
	k   int32 // the index+1; 0 marks an empty slot
}

// slot returns the slot of key: the one holding it, or the empty one
// where it belongs.
func (t *phraseTable) slot(key phraseID) *phraseSlot {
	h := uint32(key[0])*0x9e3779b1 ^ uint32(key[1])*0x85ebca77 ^ uint32(key[2])*0xc2b2ae3d
	h ^= h >> 15
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if s := &t.slots[i]; s.k == 0 || s.key == key {
			return s
		}
	}
}

// get returns the index of key and whether the table has it.
func (t *phraseTable) get(key phraseID) (int, bool) {
	if t.n == 0 {
		return 0, false
	}
	s := t.slot(key)
	return int(s.k) - 1, s.k != 0
}

// add returns the index of key; a new key gets index k (added true).
func (t *phraseTable) add(key phraseID, k int) (int, bool) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	s := t.slot(key)
	if s.k != 0 {
		return int(s.k) - 1, false
	}
	*s = phraseSlot{key, int32(k) + 1}
	t.n++
	return k, true
}

// grow doubles the table and files every key again.
func (t *phraseTable) grow() {
	old := t.slots
	t.slots = make([]phraseSlot, max(256, 2*len(old)))
	for _, s := range old {
		if s.k != 0 {
			*t.slot(s.key) = s
		}
	}
}

// reset empties the table, keeping its storage.
func (t *phraseTable) reset() {
	if t.n > 0 {
		clear(t.slots)
		t.n = 0
	}
}
