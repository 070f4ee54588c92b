package link

import (
	"math"
	"strings"
)

// vecChunk holds the vectors of many threads side by side: term ids
// (ascending within a thread) and, parallel to them, weight keys (see
// setKeys): 6 bytes a term. It holds no pointers, so the collector never
// scans it.
type vecChunk struct {
	terms []int32
	keys  []uint16
}

// vecChunkSize is the number of terms a vector chunk holds (more when one
// thread has more terms), and of ids an aux chunk holds.
const vecChunkSize = 1 << 16

// weights holds the raw weight of each key of a weight table: indexed by
// a uint16 key, it needs no bounds check.
type weights = [1 << 16]float32

// weightTable is a table of weight keys: a raw weight with the rank of a
// term's readable form (see surfaceRank). Featurize gives a few hundred
// distinct weights and most terms a few forms, so one table of a few
// hundred keys, which stays in the cache, serves every thread; another is
// begun should one fill up.
type weightTable struct {
	w    *weights
	rank []uint32 // by key
}

// vec returns a thread's term ids, their weight keys and the table of the
// keys: the raw weight of terms[i] is w[keys[i]].
func (l *Linker) vec(n *node) ([]int32, []uint16, *weights) {
	c := &l.vecs[n.vc]
	end := n.vs + n.vn
	return c.terms[n.vs:end:end], c.keys[n.vs:end:end], l.wtabs[n.wt].w
}

// allocVec reserves room for a vector of k terms and sets n's place.
func (l *Linker) allocVec(n *node, k int) {
	last := len(l.vecs) - 1
	if last < 0 || len(l.vecs[last].terms)+k > cap(l.vecs[last].terms) {
		size := max(vecChunkSize, k)
		l.vecs = append(l.vecs, vecChunk{make([]int32, 0, size), make([]uint16, 0, size)})
		last++
	}
	c := &l.vecs[last]
	n.vc, n.vs, n.vn = int32(last), int32(len(c.terms)), int32(k)
	c.terms = c.terms[:len(c.terms)+k]
	c.keys = c.keys[:len(c.keys)+k]
	l.vecUsed += k
}

// packVecs copies the live threads' vectors into fresh chunks.
func (l *Linker) packVecs() {
	old := l.vecs
	l.vecs, l.vecUsed, l.vecDead = nil, 0, 0
	for s := range l.slots {
		m := l.node(s)
		if !m.live {
			continue
		}
		c := &old[m.vc]
		from, to := m.vs, m.vs+m.vn
		l.allocVec(m, int(m.vn))
		d := &l.vecs[m.vc]
		copy(d.terms[m.vs:], c.terms[from:to])
		copy(d.keys[m.vs:], c.keys[from:to])
	}
}

// keyCacheBits sets the size of the cache of weight keys in front of
// Linker.wkeys.
const keyCacheBits = 9

// keyCacheEntry is a weight key cached by raw weight and rank (k) in the
// weight table it belongs to.
type keyCacheEntry struct {
	k     uint64
	key   uint16
	table uint16
	set   bool
}

// setKeys gives each of a new thread's terms (es) its weight key in the
// last weight table, beginning a new table when it cannot hold them all,
// and returns the table's number.
func (l *Linker) setKeys(es []vecEntry) uint16 {
	if len(es) > len(weights{}) {
		panic("link: a thread of more terms than a weight table holds")
	}
	for {
		if len(l.wtabs) == 0 {
			l.wtabs = append(l.wtabs, weightTable{w: new(weights)})
			clear(l.wkeys)
		}
		last := len(l.wtabs) - 1
		t := &l.wtabs[last]
		full := false
		for i := range es {
			k := uint64(math.Float32bits(es[i].w))<<32 | uint64(es[i].rank)
			c := &l.kcache[(k*0x9e3779b97f4a7c15)>>(64-keyCacheBits)]
			if c.set && c.k == k && c.table == uint16(last) {
				es[i].key = c.key
				continue
			}
			key, ok := l.wkeys[k]
			if !ok {
				if len(t.rank) == len(t.w) {
					full = true
					break
				}
				key = uint16(len(t.rank))
				l.wkeys[k] = key
				t.w[key] = es[i].w
				t.rank = append(t.rank, es[i].rank)
			}
			*c = keyCacheEntry{k: k, key: key, table: uint16(last), set: true}
			es[i].key = key
		}
		if !full {
			return uint16(last)
		}
		// Begin a new table (its keys number afresh).
		l.wtabs = append(l.wtabs, weightTable{w: new(weights)})
		clear(l.wkeys)
	}
}

// surfaceRank returns the rank of a readable form among those given for
// term t, in the order first given (0 for "", 1 for the first form):
// nearly every thread writes a term in the form it was first met in.
func (l *Linker) surfaceRank(t int32, s string) uint32 {
	switch {
	case s == "":
		return 0
	case l.nsurf[t] > 0 && l.surf.str[l.surf1[t]] == s:
		return 1
	}
	sid := l.surf.idOf(s)
	if l.nsurf[t] == 0 {
		l.surf1[t], l.nsurf[t] = sid, 1
		return 1
	}
	k := uint64(t)<<32 | uint64(sid)
	r, ok := l.surfRank[k]
	if !ok {
		l.nsurf[t]++
		r = l.nsurf[t]
		l.surfRank[k] = r
		l.rankSurf[uint64(t)<<32|uint64(r)] = sid
	}
	return r
}

// surfaceOf returns the id of the readable form of rank r of term t (0,
// "", for rank 0).
func (l *Linker) surfaceOf(t int32, r uint32) int32 {
	switch r {
	case 0:
		return 0
	case 1:
		return l.surf1[t]
	}
	return l.rankSurf[uint64(t)<<32|uint64(r)]
}

// rankOf returns the rank of the readable form of the i-th term of a
// node.
func (l *Linker) rankOf(n *node, i int) uint32 {
	_, keys, _ := l.vec(n)
	return l.wtabs[n.wt].rank[keys[i]]
}

// display returns the readable form of the i-th term of a node.
func (l *Linker) display(n *node, i int) string {
	terms, _, _ := l.vec(n)
	if sid := l.surfaceOf(terms[i], l.rankOf(n, i)); sid != 0 {
		return l.surf.str[sid]
	}
	return strings.TrimPrefix(l.termStr[terms[i]], namePrefix)
}
