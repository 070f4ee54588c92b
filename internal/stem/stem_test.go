package stem

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"unicode"

	"github.com/storyline/storyline/internal/devdata"

	"github.com/kljensen/snowball/english"
)

func TestOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"running", "run"}, {"elections", "elect"}, {"happily", "happili"}, {"the", "the"},
	}
	for _, tt := range tests {
		if got := Of(tt.in); got != tt.want {
			t.Errorf("Of(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestConcurrentAndBounded stems many distinct words from several
// goroutines: every answer equals Snowball's and no shard grows past its
// bound.
func TestConcurrentAndBounded(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50000; i++ {
				w := fmt.Sprintf("word%dings", (i*7+g)%60000)
				if got, want := Of(w), english.Stem(w, true); got != want {
					t.Errorf("Of(%q) = %q, want %q", w, got, want)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	for i := range stems.shards {
		if n := stems.shards[i].n; n > perShard {
			t.Fatalf("shard %d holds %d stems", i, n)
		}
	}
}

// TestGetBytes gives the same values through bytes and strings, and
// fills each word once while it stays cached.
func TestGetBytes(t *testing.T) {
	fills := 0
	c := NewCache(func(w string) int { fills++; return len(w) })
	for _, w := range []string{"vote", "votes", "vote", "", "votes"} {
		if got := c.GetBytes([]byte(w)); got != len(w) {
			t.Errorf("GetBytes(%q) = %d, want %d", w, got, len(w))
		}
		if got := c.Get(w); got != len(w) {
			t.Errorf("Get(%q) = %d, want %d", w, got, len(w))
		}
	}
	if fills != 3 {
		t.Errorf("%d fills for 3 distinct words", fills)
	}
}

// bbcWords returns the lower-case words of the BBC development set in
// reading order (skipping the benchmark without the data).
func bbcWords(b *testing.B) [][]byte {
	wordsOnce.Do(func() { words = readWords(b) })
	if words == nil {
		b.Skip("no BBC data")
	}
	return words
}

var (
	wordsOnce sync.Once
	words     [][]byte
)

func readWords(b *testing.B) [][]byte {
	var out [][]byte
	for _, story := range devdata.BBCParagraphs(b, 0) {
		for _, p := range story {
			for _, w := range strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) {
				out = append(out, []byte(strings.ToLower(w)))
			}
		}
	}
	return out
}

var (
	cacheOnce sync.Once
	bbcCache  *Cache[string]
)

// BenchmarkCacheGetBytes looks up the words of the BBC stories, as
// import's tokenizers meet them, from two goroutines.
func BenchmarkCacheGetBytes(b *testing.B) {
	words := bbcWords(b)
	cacheOnce.Do(func() {
		bbcCache = NewCache(func(w string) string { return english.Stem(w, true) })
		for _, w := range words {
			bbcCache.GetBytes(w)
		}
	})
	c := bbcCache
	b.ReportAllocs()
	b.SetParallelism(1)
	var next atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		i := int(next.Add(1)) * 7919
		for pb.Next() {
			c.GetBytes(words[i%len(words)])
			i++
		}
	})
}

// BenchmarkOfBBC stems the words of the BBC stories with Of.
func BenchmarkOfBBC(b *testing.B) {
	words := bbcWords(b)
	strs := make([]string, len(words))
	for i, w := range words {
		strs[i] = string(w)
		Of(strs[i])
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Of(strs[i%len(strs)])
		i++
	}
}
