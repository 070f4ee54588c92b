package link

import (
	"fmt"
	"sync"
	"testing"

	"github.com/kljensen/snowball/english"
)

// TestStemCache checks that cached stems equal Snowball's under
// concurrent use (run with -race).
func TestStemCache(t *testing.T) {
	words := []string{"running", "bridges", "councillors", "corroded", "harbour", "quickly", "assessed"}
	for i := 0; i < 500; i++ {
		words = append(words, fmt.Sprintf("girders%dly", i))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for pass := 0; pass < 2; pass++ {
				for _, w := range words {
					if got, want := stem(w), english.Stem(w, true); got != want {
						errs <- fmt.Sprintf("stem(%q) = %q, want %q", w, got, want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestStemCacheBounded checks that the cache stays within its bound when
// far more distinct words pass through it.
func TestStemCacheBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("stems a quarter of a million words")
	}
	for i := 0; i < 2*stemShards*stemsPerShard; i++ {
		stem(fmt.Sprint("w", i))
	}
	total := 0
	for i := range stemCache {
		total += len(stemCache[i].m)
	}
	if total == 0 {
		t.Error("the cache is empty")
	}
	for i := range stemCache {
		if n := len(stemCache[i].m); n > stemsPerShard {
			t.Errorf("shard %d holds %d stems, bound %d", i, n, stemsPerShard)
		}
	}
}
