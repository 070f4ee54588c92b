package nlp

import (
	"sync"
	"sync/atomic"
)

// Word shapes ("Xx", "x", "d,d") are few, so the rows of the features on
// two or three neighbouring shapes (fShapePrev, fShapeNext, fShape3) can
// be kept per combination instead of hashed and looked up for every
// token. shapeCache numbers the shapes as word entries are built and
// fills its tables lazily; a cell holds exactly the row that hashing
// would find, so decoding gives the same scores.
type shapeCache struct {
	mu  sync.Mutex
	ids map[string]uint16 // shape -> id, guarded by mu

	// pairs[a*maxShapes+b]: for shapes a then b, the fShapePrev row of
	// the second token and the fShapeNext row of the first (packCell).
	pairs []atomic.Uint64
	// triples is direct-mapped by the three ids: key and fShape3 row.
	triples []atomic.Uint64
	// vecs, when rows are sumWords words (else nil), is direct-mapped by
	// the three ids too: the sum of all three features' rows.
	vecs []atomic.Pointer[shapeVec]
}

// shapeVec is the packed sum (see compiled) of the rows of the features
// on a token's shape and its neighbours' (fShapePrev, fShapeNext,
// fShape3), which decoding adds as one vector instead of three rows.
type shapeVec struct {
	key uint32 // the three shape ids (see shapeKey)
	n   int32  // rows summed
	v   [sumWords]uint64
}

const (
	maxShapes     = 128 // ids 1..maxShapes-1; 0: not numbered (hash instead)
	tripleSlots   = 1 << 12
	shapeVecSlots = 1 << 14
	shapeStart    = 1 // id of the "<s>" before a sentence
	shapeEnd      = 2 // id of the "</s>" after it
)

func newShapeCache() *shapeCache {
	return &shapeCache{
		// Real shapes have no letters, so these names cannot clash.
		ids:     map[string]uint16{"<s>": shapeStart, "</s>": shapeEnd},
		pairs:   make([]atomic.Uint64, maxShapes*maxShapes),
		triples: make([]atomic.Uint64, tripleSlots),
	}
}

// id returns the id of shape s, numbering it if there is room (0: none).
func (sc *shapeCache) id(s string) uint16 {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	id, ok := sc.ids[s]
	if !ok && len(sc.ids)+1 < maxShapes {
		id = uint16(len(sc.ids) + 1)
		sc.ids[s] = id
	}
	return id
}

// A filled cell has bit 63 set and holds rows plus one (so that -1, no
// row, is 0) in bits 0-30 and 31-61.
const cellFull = 1 << 63

func packCell(lo, hi int32) uint64 {
	return cellFull | uint64(lo+1) | uint64(hi+1)<<31
}

func unpackCell(v uint64) (lo, hi int32) {
	return int32(v&(1<<31-1)) - 1, int32(v>>31&(1<<31-1)) - 1
}

// pair returns the fShapePrev row of a token of shape sb after one of
// shape sa, and the fShapeNext row of the latter; a and b are their ids.
func (c *compiled) pair(a, b uint16, sa, sb string) (prev, next int32) {
	cell := &c.shapes.pairs[int(a)*maxShapes+int(b)]
	if v := cell.Load(); v != 0 {
		return unpackCell(v)
	}
	prev = c.row(hStr(hStr(hTpl(fShapePrev), sa), sb))
	next = c.row(hStr(hStr(hTpl(fShapeNext), sa), sb))
	cell.Store(packCell(prev, next))
	return prev, next
}

// triple returns the fShape3 row of a token of shape sb between ones of
// shapes sa and sc; a, b and d are the ids.
func (c *compiled) triple(a, b, d uint16, sa, sb, sc string) int32 {
	key := uint64(shapeKey(a, b, d))
	cell := &c.shapes.triples[(key*0x9E3779B97F4A7C15)>>(64-12)]
	if v := cell.Load(); v != 0 {
		if row, k := unpackCell(v); uint64(k) == key {
			return row
		}
	}
	row := c.row(hStr(hStr(hStr(hTpl(fShape3), sa), sb), sc))
	cell.Store(packCell(row, int32(key)))
	return row
}

// shapeKey numbers the shape ids a, b and d (each under maxShapes) of
// three tokens in a row.
func shapeKey(a, b, d uint16) uint32 { return uint32(a)<<14 | uint32(b)<<7 | uint32(d) }

// shapeVec returns the summed rows of the shape features (pair's and
// triple's) of a token of shape sb between ones of shapes sa and sd; a, b
// and d are the ids. Only for rows of sumWords words.
func (c *compiled) shapeVec(a, b, d uint16, sa, sb, sd string) *shapeVec {
	key := shapeKey(a, b, d)
	slot := &c.shapes.vecs[(uint64(key)*0x9E3779B97F4A7C15)>>(64-14)]
	if v := slot.Load(); v != nil && v.key == key {
		return v
	}
	before, _ := c.pair(a, b, sa, sb)
	_, after := c.pair(b, d, sb, sd)
	v := &shapeVec{key: key}
	for _, row := range [3]int32{before, after, c.triple(a, b, d, sa, sb, sd)} {
		if row >= 0 {
			src := (*[sumWords]uint64)(c.packed[int(row)*sumWords:])
			for j := range v.v {
				v.v[j] += src[j]
			}
			v.n++
		}
	}
	slot.Store(v)
	return v
}
