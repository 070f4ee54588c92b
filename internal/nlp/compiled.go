package nlp

import (
	"math"
	"math/bits"
)

// featTable maps feature keys to weight rows with open addressing, which
// is several times faster than a Go map for this read-only lookup.
type featTable struct {
	keys  []uint32
	rows  []int32 // -1: empty slot
	shift uint
}

func newFeatTable(n int) *featTable {
	size := 1 << bits.Len(uint(2*n+1))
	t := &featTable{keys: make([]uint32, size), rows: make([]int32, size), shift: uint(32 - bits.Len(uint(size-1)))}
	for i := range t.rows {
		t.rows[i] = -1
	}
	return t
}

func (t *featTable) slot(key uint32) uint32 { return (key * 0x9E3779B1) >> t.shift }

func (t *featTable) put(key uint32, row int32) {
	mask := uint32(len(t.keys) - 1)
	for i := t.slot(key); ; i = (i + 1) & mask {
		if t.rows[i] < 0 || t.keys[i] == key {
			t.keys[i], t.rows[i] = key, row
			return
		}
	}
}

func (t *featTable) get(key uint32) int32 {
	mask := uint32(len(t.keys) - 1)
	for i := t.slot(key); ; i = (i + 1) & mask {
		r := t.rows[i]
		if r < 0 || t.keys[i] == key {
			if r >= 0 {
				return r
			}
			return -1
		}
	}
}

// compiled is the decoding form of a model's stages: one feature table for
// all stages, so each feature is looked up once per token, and transition
// matrices with the scheme's constraints folded in.
type compiled struct {
	table  *featTable
	w      []int16     // rows*stride: row r holds stage s weights at r*stride+s*nt
	scale  float32     // weight = w * scale
	stride int         // nt * number of stages
	tt     [][]float32 // per stage, nt*nt transposed: tt[tag*nt+prev], -Inf when not allowed
	start  [][]float32 // per stage, score of starting with each tag
}

// setStages installs trained stages and compiles them for decoding.
func (m *Model) setStages(stages []*weights) {
	m.stages = stages
	nt := len(m.tags)
	n := 0
	for _, st := range stages {
		n += len(st.index)
	}
	c := &compiled{table: newFeatTable(n)}
	rows := 0
	for _, st := range stages {
		for k := range st.index {
			if c.table.get(k) < 0 {
				c.table.put(k, int32(rows))
				rows++
			}
		}
	}
	c.stride = nt * len(stages)
	c.w = make([]int16, rows*c.stride)
	var big float32
	for _, st := range stages {
		for _, x := range st.w {
			big = max(big, x, -x)
		}
	}
	c.scale = big / 32767
	if c.scale == 0 {
		c.scale = 1
	}
	for s, st := range stages {
		for k, r := range st.index {
			dst := int(c.table.get(k))*c.stride + s*nt
			for j, x := range st.w[int(r)*nt : int(r)*nt+nt] {
				c.w[dst+j] = int16(math.Round(float64(x / c.scale)))
			}
		}
		tt, start := m.maskTrans(st.trans, nil, nil)
		c.tt = append(c.tt, tt)
		c.start = append(c.start, start)
	}
	m.comp = c
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
