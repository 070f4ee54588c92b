package stem

import (
	"hash/maphash"
	"strings"
	"sync"
)

const (
	shards    = 32
	perShard  = 4096
	firstSize = 256
)

var seed = maphash.MakeSeed()

// Cache is a bounded, sharded table of values computed once per word,
// safe for concurrent use. A shard that fills up is emptied.
type Cache[V any] struct {
	fill   func(string) V
	shards [shards]shard[V]
}

type shard[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

// NewCache returns an empty cache whose values come from fill, called
// with the word on a miss.
func NewCache[V any](fill func(string) V) *Cache[V] {
	return &Cache[V]{fill: fill}
}

// Get returns the value of w.
func (c *Cache[V]) Get(w string) V {
	sh := &c.shards[maphash.String(seed, w)%shards]
	sh.mu.RLock()
	v, ok := sh.m[w]
	sh.mu.RUnlock()
	if ok {
		return v
	}
	// The word is often a slice of a whole text; keep only the word.
	return c.add(sh, strings.Clone(w))
}

// GetBytes returns the value of the word spelt by b; a hit does not
// allocate.
func (c *Cache[V]) GetBytes(b []byte) V {
	sh := &c.shards[maphash.Bytes(seed, b)%shards]
	sh.mu.RLock()
	v, ok := sh.m[string(b)]
	sh.mu.RUnlock()
	if ok {
		return v
	}
	return c.add(sh, string(b))
}

// add computes and stores the value of w, which the cache may keep.
func (c *Cache[V]) add(sh *shard[V], w string) V {
	v := c.fill(w)
	sh.mu.Lock()
	if sh.m == nil || len(sh.m) >= perShard {
		sh.m = make(map[string]V, firstSize)
	}
	sh.m[w] = v
	sh.mu.Unlock()
	return v
}
