package link

import (
	"bytes"
	"hash/maphash"
)

// storyState is one story held by the linker: where its id lies in the
// story table's text, and its threads, a list through node.next in slot
// order.
type storyState struct {
	off, len   int32 // of the id in storyTable.text
	head, tail int32 // first and last slot
	n          int32 // number of threads
}

// storyTable holds the stories by index (node.story) and finds them by id
// through an open-addressing hash of indices; the ids lie side by side in
// one text. It holds no pointers but the three arrays', so the collector
// scans nothing of it.
type storyTable struct {
	sts   []storyState // by index; a free one has no threads
	free  []int32      // indices free for reuse
	text  []byte       // the ids
	dead  int          // bytes of text of removed stories
	slots []int32      // the hash: story index, or emptySlot or deadSlot
	used  int          // slots not empty (stories and dead marks)
	seed  maphash.Seed
}

const (
	emptySlot = -1
	deadSlot  = -2
)

// newStoryTable returns an empty table.
func newStoryTable() storyTable {
	return storyTable{slots: []int32{emptySlot, emptySlot, emptySlot, emptySlot, emptySlot, emptySlot, emptySlot, emptySlot}, seed: maphash.MakeSeed()}
}

// id returns a story's id, in the table's text (valid until the next
// change of the table).
func (t *storyTable) id(si int32) []byte {
	st := &t.sts[si]
	return t.text[st.off : st.off+st.len : st.off+st.len]
}

// lookup returns the index of the story of an id.
func (t *storyTable) lookup(id string) (int32, bool) {
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(t.seed, id) & mask; ; i = (i + 1) & mask {
		switch si := t.slots[i]; {
		case si == emptySlot:
			return 0, false
		case si >= 0 && string(t.id(si)) == id:
			return si, true
		}
	}
}

// add adds a story without threads under an id it does not hold yet and
// returns its index.
func (t *storyTable) add(id string) int32 {
	if 4*(t.used+1) > 3*len(t.slots) {
		t.rehash()
	}
	if 2*t.dead > len(t.text) && t.dead > 1<<16 {
		t.pack()
	}
	st := storyState{off: int32(len(t.text)), len: int32(len(id)), head: -1, tail: -1}
	t.text = append(t.text, id...)
	var si int32
	if k := len(t.free); k > 0 {
		si = t.free[k-1]
		t.free = t.free[:k-1]
		t.sts[si] = st
	} else {
		si = int32(len(t.sts))
		t.sts = append(t.sts, st)
	}
	mask := uint64(len(t.slots) - 1)
	i := maphash.String(t.seed, id) & mask
	for t.slots[i] >= 0 {
		i = (i + 1) & mask
	}
	if t.slots[i] == emptySlot {
		t.used++
	}
	t.slots[i] = si
	return si
}

// remove forgets a story.
func (t *storyTable) remove(si int32) {
	mask := uint64(len(t.slots) - 1)
	i := maphash.Bytes(t.seed, t.id(si)) & mask
	for t.slots[i] != si {
		i = (i + 1) & mask
	}
	t.slots[i] = deadSlot
	t.dead += int(t.sts[si].len)
	t.sts[si] = storyState{}
	t.free = append(t.free, si)
}

// rehash rebuilds the hash without its dead marks, twice as large when a
// quarter or more of it holds stories. It runs only between stories' first
// threads, so that every story held has threads.
func (t *storyTable) rehash() {
	n := len(t.slots)
	if 4*(len(t.sts)-len(t.free)) >= n {
		n *= 2
	}
	t.slots = make([]int32, n)
	for i := range t.slots {
		t.slots[i] = emptySlot
	}
	t.used = 0
	mask := uint64(n - 1)
	for si := range t.sts {
		if t.sts[si].n == 0 {
			continue
		}
		i := maphash.Bytes(t.seed, t.id(int32(si))) & mask
		for t.slots[i] >= 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = int32(si)
		t.used++
	}
}

// pack copies the ids of the stories held into a fresh text (see rehash
// for when it runs).
func (t *storyTable) pack() {
	old := t.text
	t.text = make([]byte, 0, len(old)-t.dead)
	for si := range t.sts {
		if t.sts[si].n == 0 {
			continue
		}
		st := &t.sts[si]
		from := old[st.off : st.off+st.len]
		st.off = int32(len(t.text))
		t.text = append(t.text, from...)
	}
	t.dead = 0
}

// compareIDs compares the ids of two stories.
func (t *storyTable) compareIDs(a, b int32) int {
	return bytes.Compare(t.id(a), t.id(b))
}
