package stem

import (
	"hash/maphash"
	"strings"
	"sync"
)

const (
	shards    = 32
	perShard  = 4096 // words a shard holds before it is emptied
	firstSize = 256  // slots of a new shard's table
)

var seed = maphash.MakeSeed()

// Cache is a bounded, sharded table of values computed once per word,
// safe for concurrent use. A shard that fills up is emptied. Each shard is
// an open-addressing table over the word's hash, which also picks the
// shard: a lookup hashes the word once.
type Cache[V any] struct {
	fill   func(string) V
	shards [shards]shard[V]
}

type shard[V any] struct {
	mu sync.RWMutex
	// slots holds, per slot, 0 (empty) or the upper half of the word's
	// hash over the 1-based index of its entry
	slots   []uint64
	entries []cached[V]
}

type cached[V any] struct {
	word string
	hash uint64
	val  V
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
	sh.mu.RLock()
	v, ok := sh.find(h, w)
	sh.mu.RUnlock()
	if ok {
		return v
	}
	// The word is often a slice of a whole text; keep only the word.
	return c.add(sh, h, strings.Clone(w))
}

// GetBytes returns the value of the word spelt by b; a hit does not
// allocate.
func (c *Cache[V]) GetBytes(b []byte) V {
	h := maphash.Bytes(seed, b)
	sh := &c.shards[h%shards]
	sh.mu.RLock()
	v, ok := sh.find(h, string(b))
	sh.mu.RUnlock()
	if ok {
		return v
	}
	return c.add(sh, h, string(b))
}

// find looks w, whose hash is h, up.
func (sh *shard[V]) find(h uint64, w string) (V, bool) {
	if len(sh.slots) > 0 {
		mask := uint64(len(sh.slots) - 1)
		for i := (h / shards) & mask; sh.slots[i] != 0; i = (i + 1) & mask {
			if s := sh.slots[i]; s>>32 == h>>32 {
				if e := &sh.entries[uint32(s)-1]; e.word == w {
					return e.val, true
				}
			}
		}
	}
	var zero V
	return zero, false
}

// add computes and stores the value of w (hash h), which the cache may
// keep.
func (c *Cache[V]) add(sh *shard[V], h uint64, w string) V {
	v := c.fill(w)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if old, ok := sh.find(h, w); ok {
		return old // another goroutine was first
	}
	if len(sh.entries) >= perShard {
		clear(sh.entries)
		sh.entries = sh.entries[:0]
		clear(sh.slots)
	}
	if 2*(len(sh.entries)+1) > len(sh.slots) {
		sh.slots = make([]uint64, max(firstSize, 2*len(sh.slots)))
		for i, e := range sh.entries {
			sh.put(e.hash, i)
		}
	}
	sh.entries = append(sh.entries, cached[V]{w, h, v})
	sh.put(h, len(sh.entries)-1)
	return v
}

// put files entry i, whose word's hash is h, in the slot table.
func (sh *shard[V]) put(h uint64, i int) {
	mask := uint64(len(sh.slots) - 1)
	k := (h / shards) & mask
	for sh.slots[k] != 0 {
		k = (k + 1) & mask
	}
	sh.slots[k] = h>>32<<32 | uint64(i+1)
}
