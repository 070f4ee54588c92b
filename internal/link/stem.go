package link

import (
	"hash/maphash"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// Stemming is the costly step of Featurize and the same words recur in
// every story, so stems are cached. The cache is sharded (import workers
// featurise concurrently) and bounded: a shard that fills up is emptied.
const (
	stemShards    = 32
	stemsPerShard = 4096
)

type stemShard struct {
	mu sync.RWMutex
	m  map[string]string
}

var (
	stemSeed  = maphash.MakeSeed()
	stemCache [stemShards]stemShard
)

// stem returns the Snowball stem of a lower-case word.
func stem(w string) string {
	sh := &stemCache[maphash.String(stemSeed, w)%stemShards]
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
	if sh.m == nil || len(sh.m) >= stemsPerShard {
		sh.m = make(map[string]string, 256)
	}
	sh.m[w] = s
	sh.mu.Unlock()
	return s
}
