package stem

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
)

const (
	shards    = 32
	perShard  = 4096 // words a shard holds before it is emptied
	firstSize = 256  // slots of a new shard's table
	chunkSize = 64   // entries allocated at a time
)

var seed = maphash.MakeSeed()

// Cache is a bounded, sharded table of values computed once per word,
// safe for concurrent use. A shard that fills up is emptied. Each shard is
// an open-addressing table over the word's hash, which also picks the
// shard: a lookup hashes the word once.
//
// Lookups take no lock: import's workers look words up all the time, and
// a read lock's shared counter made every lookup on one core stall on the
// other's. An entry never changes once a slot points at it, and a table
// is replaced (to grow or to empty it), never rearranged in place, so a
// reader holding an older table still reads whole entries.
type Cache[V any] struct {
	fill   func(string) V
	shards [shards]shard[V]
}

type shard[V any] struct {
	tab atomic.Pointer[table[V]] // nil until the first word
	mu  sync.Mutex               // serialises writers
	// n counts the entries in tab; free holds entries not yet used.
	n    int
	free []cached[V]
	_    [64]byte // keeps shards off each other's cache lines
}

// table is a shard's slot array; slots point to entries (nil: empty).
type table[V any] struct {
	slots []atomic.Pointer[cached[V]]
}

// inlineWord is the longest word an entry keeps in place, so that
// comparing it reads no other memory.
const inlineWord = 22

type cached[V any] struct {
	hash uint64
	n    uint8            // len(word) when it is kept in w, else 0xff
	w    [inlineWord]byte // the word, when short
	long string           // the word, when longer
	val  V
}

// is reports whether the entry is that of w, whose hash is h.
func (e *cached[V]) is(h uint64, w string) bool {
	if e.hash != h {
		return false
	}
	if e.n == 0xff {
		return e.long == w
	}
	return int(e.n) == len(w) && string(e.w[:e.n]) == w
}

// NewCache returns an empty cache whose values come from fill, called
// with the word on a miss.
func NewCache[V any](fill func(string) V) *Cache[V] {
	return &Cache[V]{fill: fill}
}

// Get returns the value of w.
func (c *Cache[V]) Get(w string) V {
	h := maphash.String(seed, w)
	sh := &c.shards[h%shards]
	if e := sh.find(h, w); e != nil {
		return e.val
	}
	// The word is often a slice of a whole text; keep only the word.
	return c.add(sh, h, w)
}

// GetBytes returns the value of the word spelt by b; a hit does not
// allocate.
func (c *Cache[V]) GetBytes(b []byte) V {
	h := maphash.Bytes(seed, b)
	sh := &c.shards[h%shards]
	if e := sh.find(h, string(b)); e != nil {
		return e.val
	}
	return c.add(sh, h, string(b))
}

// find looks w, whose hash is h, up.
func (sh *shard[V]) find(h uint64, w string) *cached[V] {
	t := sh.tab.Load()
	if t == nil {
		return nil
	}
	mask := uint64(len(t.slots) - 1)
	for i := (h / shards) & mask; ; i = (i + 1) & mask {
		e := t.slots[i].Load()
		if e == nil {
			return nil
		}
		if e.is(h, w) {
			return e
		}
	}
}

// add computes and stores the value of w (hash h), which the cache may
// keep; w may be a slice of a longer text or of a reused buffer.
func (c *Cache[V]) add(sh *shard[V], h uint64, w string) V {
	v := c.fill(w)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if old := sh.find(h, w); old != nil {
		return old.val // another goroutine was first
	}
	t := sh.tab.Load()
	switch {
	case t == nil || sh.n >= perShard:
		t = &table[V]{slots: make([]atomic.Pointer[cached[V]], firstSize)}
		sh.n = 0
		sh.free = nil // the entries of the old table stay as they are
		sh.tab.Store(t)
	case 2*(sh.n+1) > len(t.slots):
		big := &table[V]{slots: make([]atomic.Pointer[cached[V]], 2*len(t.slots))}
		for i := range t.slots {
			if e := t.slots[i].Load(); e != nil {
				big.put(e)
			}
		}
		t = big
		sh.tab.Store(t)
	}
	if len(sh.free) == 0 {
		sh.free = make([]cached[V], chunkSize)
	}
	e := &sh.free[0]
	sh.free = sh.free[1:]
	e.hash, e.val = h, v
	if len(w) <= inlineWord {
		e.n = uint8(copy(e.w[:], w))
	} else {
		e.n = 0xff
		e.long = strings.Clone(w)
	}
	t.put(e) // publishes e, now complete
	sh.n++
	return v
}

// put files entry e in a free slot.
func (t *table[V]) put(e *cached[V]) {
	mask := uint64(len(t.slots) - 1)
	k := (e.hash / shards) & mask
	for t.slots[k].Load() != nil {
		k = (k + 1) & mask
	}
	t.slots[k].Store(e)
}
