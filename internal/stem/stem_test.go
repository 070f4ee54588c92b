package stem

import (
	"fmt"
	"sync"
	"testing"

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
		if n := len(stems.shards[i].entries); n > perShard {
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
