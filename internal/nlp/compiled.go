package nlp

import (
	"math"
	"math/bits"
	"sync/atomic"
)

// featTable maps feature keys to weight rows with open addressing, which
// is several times faster than a Go map for this read-only lookup. A slot
// keeps its key and row side by side, so a probe touches one cache line.
type featTable struct {
	slots []featSlot
	shift uint
}

// featSlot is one slot of a featTable; row -1 marks it empty.
type featSlot struct {
	key uint32
	row int32
}

func newFeatTable(n int) *featTable {
	size := 1 << bits.Len(uint(2*n+1))
	t := &featTable{slots: make([]featSlot, size), shift: uint(32 - bits.Len(uint(size-1)))}
	for i := range t.slots {
		t.slots[i].row = -1
	}
	return t
}

func (t *featTable) slot(key uint32) uint32 { return (key * 0x9E3779B1) >> t.shift }

func (t *featTable) put(key uint32, row int32) {
	mask := uint32(len(t.slots) - 1)
	for i := t.slot(key); ; i = (i + 1) & mask {
		if s := &t.slots[i]; s.row < 0 || s.key == key {
			s.key, s.row = key, row
			return
		}
	}
}

func (t *featTable) get(key uint32) int32 {
	mask := uint32(len(t.slots) - 1)
	for i := t.slot(key); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.row < 0 {
			return -1
		}
		if s.key == key {
			return s.row
		}
	}
}

// keyFilter is a blocked Bloom filter over the keys of a featTable: two
// bits in one 64-bit word per key. It is small enough to stay in the
// processor's cache, where the table is not, and most word-pair features
// looked up in decoding are not in the model: testing the filter first
// spares those a trip to memory. A key the filter rules out is surely not
// in the table, so lookups return what the table alone would.
type keyFilter []uint64

// keyFilterWords is the filter size in words (128 KiB).
const keyFilterWords = 1 << 14

func (f keyFilter) bits(key uint32) (word uint64, mask uint64) {
	h := uint64(key) * 0x9E3779B97F4A7C15
	return h >> 50, 1<<(h&63) | 1<<(h>>6&63)
}

func (f keyFilter) add(key uint32) {
	w, m := f.bits(key)
	f[w] |= m
}

// mayHave reports whether key may be in the table (false: it is not).
func (f keyFilter) mayHave(key uint32) bool {
	w, m := f.bits(key)
	return f[w&(keyFilterWords-1)]&m == m
}

// compiled is the decoding form of a model's stages: one feature table for
// all stages, so each feature is looked up once per token, and transition
// matrices with the scheme's constraints folded in.
type compiled struct {
	table  *featTable
	filter keyFilter // the table's keys
	// Weights are quantised to 14 bits and packed three to a uint64, in
	// lanes of 21 bits offset by laneBias, so that one 64-bit addition adds
	// three weights; up to maxPacked rows can be summed before a lane could
	// overflow. Row r holds every stage: stage s's tag t is lane t%3 of word
	// r*words + s*wps + t/3.
	packed []uint64
	words  int         // uint64 words per row
	wps    int         // words per stage
	scale  float32     // weight = (lane value - laneBias) * scale
	stride int         // nt * number of stages
	trel   []trellis   // per stage, the allowed transitions with their weights
	start  [][]float32 // per stage, score of starting with each tag
	ctx    ctxRows     // rows of the few-valued context features
	// noVotes[s]: what the vote features add at stage s for a token no
	// other occurrence voted for (the rows of appendVoteRows of empty
	// votes, summed once).
	noVotes [][]int32
	vocab   *wordCache  // per-word decoding entries
	shapes  *shapeCache // rows of the features on neighbouring shapes
}

// setStages installs trained stages and compiles them for decoding.
func (m *Model) setStages(stages []*weights) {
	m.stages = stages
	nt := len(m.tags)
	n := 0
	for _, st := range stages {
		n += len(st.index)
	}
	c := &compiled{table: newFeatTable(n), filter: make(keyFilter, keyFilterWords)}
	rows := 0
	for _, st := range stages {
		for k := range st.index {
			if c.table.get(k) < 0 {
				c.table.put(k, int32(rows))
				c.filter.add(k)
				rows++
			}
		}
	}
	c.stride = nt * len(stages)
	c.wps = (nt + 2) / 3
	c.words = c.wps * len(stages)
	c.packed = make([]uint64, rows*c.words)
	var big float32
	for _, st := range stages {
		for _, x := range st.w {
			big = max(big, x, -x)
		}
	}
	c.scale = big / (laneBias - 1)
	if c.scale == 0 {
		c.scale = 1
	}
	for r := 0; r < rows; r++ {
		for j := 0; j < c.words; j++ {
			c.packed[r*c.words+j] = laneBias | laneBias<<laneBits | laneBias<<(2*laneBits)
		}
	}
	for s, st := range stages {
		for k, r := range st.index {
			base := int(c.table.get(k))*c.words + s*c.wps
			for t, x := range st.w[int(r)*nt : int(r)*nt+nt] {
				q := uint64(int64(math.Round(float64(x/c.scale))) + laneBias)
				w := &c.packed[base+t/3]
				shift := uint(t%3) * laneBits
				*w = *w&^(laneMask<<shift) | q<<shift
			}
		}
		tt, start := m.maskTrans(st.trans, nil, nil)
		c.trel = append(c.trel, trellis{})
		m.setTrellis(&c.trel[len(c.trel)-1], tt)
		c.start = append(c.start, start)
	}
	c.setupContext()
	c.noVotes = make([][]int32, len(stages))
	for s := range stages {
		c.noVotes[s] = make([]int32, nt)
		ps := packedSum{acc: make([]uint64, c.wps)}
		rows := c.ctx.votes[0].appendVoteRows(nil, vote{})
		rows = c.ctx.votes[1].appendVoteRows(rows, vote{})
		for _, row := range rows {
			ps.add(c.packed, int(row)*c.words+s*c.wps, c.noVotes[s])
		}
		ps.flush(c.noVotes[s])
	}
	c.vocab = newWordCache()
	c.shapes = newShapeCache()
	if c.words == sumWords {
		c.shapes.vecs = make([]atomic.Pointer[shapeVec], shapeVecSlots)
	}
	m.comp = c
}

const (
	laneBits  = 21
	laneMask  = 1<<laneBits - 1
	laneBias  = 1 << 13
	maxPacked = laneMask / (2*laneBias - 1) // rows that can be summed safely
)

// packedSum accumulates packed weight rows for one token.
type packedSum struct {
	acc   []uint64
	count int
}

// add adds the words of one row (len(p.acc) words from at).
func (p *packedSum) add(packed []uint64, at int, out []int32) {
	src := packed[at : at+len(p.acc)]
	acc := p.acc[:len(src)]
	for j := range acc {
		acc[j] += src[j]
	}
	p.count++
	if p.count == maxPacked {
		p.flush(out)
	}
}

// flush adds the accumulated lanes to out (three lanes a word) and resets.
func (p *packedSum) flush(out []int32) {
	if p.count == 0 {
		return
	}
	bias := int32(p.count * laneBias)
	full := len(out) / 3
	for j, w := range p.acc[:full] {
		l := lanes(w, bias)
		o := (*[3]int32)(out[3*j : 3*j+3])
		o[0] += l[0]
		o[1] += l[1]
		o[2] += l[2]
	}
	if rest := out[3*full:]; len(rest) > 0 {
		l := lanes(p.acc[full], bias)
		for k := range rest {
			rest[k] += l[k]
		}
	}
	clear(p.acc)
	p.count = 0
}

// maskTrans builds the transposed, constrained transition matrix and the
// start scores from raw transition weights.
func (m *Model) maskTrans(trans, tt, start []float32) ([]float32, []float32) {
	nt := len(m.tags)
	tt = grow(tt, nt*nt)
	start = grow(start, nt)
	negInf := float32(math.Inf(-1))
	for k := 0; k < nt; k++ {
		start[k] = negInf
		if m.allow[nt*nt+k] {
			start[k] = trans[nt*nt+k]
		}
		for j := 0; j < nt; j++ {
			tt[k*nt+j] = negInf
			if m.allow[j*nt+k] {
				tt[k*nt+j] = trans[j*nt+k]
			}
		}
	}
	return tt, start
}
