package actor

import "sync"

// mentionSlab hands out the mentions of one story from chunks that it
// keeps between stories (slabPool): the mentions never outlive
// ExtractOptions, and a story holds some forty of them.
type mentionSlab struct {
	chunks [][]mention // each of slabChunk, never grown: pointers stay valid
	cur    int         // chunk being filled
}

const (
	slabChunk     = 32
	maxSlabChunks = 64 // a recycled slab keeps at most this many chunks
)

var slabPool = sync.Pool{New: func() any { return new(mentionSlab) }}

// add returns a pointer to a copy of m in the slab.
func (s *mentionSlab) add(m mention) *mention {
	if s.cur < len(s.chunks) && len(s.chunks[s.cur]) == slabChunk {
		s.cur++
	}
	if s.cur == len(s.chunks) {
		s.chunks = append(s.chunks, make([]mention, 0, slabChunk))
	}
	c := append(s.chunks[s.cur], m)
	s.chunks[s.cur] = c
	return &c[len(c)-1]
}

// release empties the slab, dropping its references to the story, and
// returns it to the pool: no mention it handed out may be used after.
func (s *mentionSlab) release() {
	for i := range s.chunks[:min(s.cur+1, len(s.chunks))] {
		clear(s.chunks[i])
		s.chunks[i] = s.chunks[i][:0]
	}
	s.cur = 0
	if len(s.chunks) <= maxSlabChunks {
		slabPool.Put(s)
	}
}
