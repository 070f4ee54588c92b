// Package stem gives the Snowball (Porter 2) English stem of a word,
// cached: stemming is a costly step of segmenting and linking and the same
// words recur in every story. The cache is sharded (import workers stem
// concurrently) and bounded: a shard that fills up is emptied.
package stem

import (
	"hash/maphash"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

const (
	shards    = 32
	perShard  = 4096
	firstSize = 256
)

type shard struct {
	mu sync.RWMutex
	m  map[string]string
}

var (
	seed  = maphash.MakeSeed()
	cache [shards]shard
)

// Of returns the stem of a lower-case word (stop words stemmed too).
func Of(w string) string {
	sh := &cache[maphash.String(seed, w)%shards]
	sh.mu.RLock()
	s, ok := sh.m[w]
	sh.mu.RUnlock()
	if ok {
		return s
	}
	// The word is often a slice of a whole text; keep only the word.
	w = strings.Clone(w)
	s = english.Stem(w, true)
	sh.mu.Lock()
	if sh.m == nil || len(sh.m) >= perShard {
		sh.m = make(map[string]string, firstSize)
	}
	sh.m[w] = s
	sh.mu.Unlock()
	return s
}
