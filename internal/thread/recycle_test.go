package thread

import (
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
)

// TestRecycledWorkIsClean splits stories of different sizes in an order
// that makes each reuse the storage (segWork, interners, actor work) a
// larger or smaller one left behind, on several goroutines at once, and
// checks every result against a split on fresh storage.
func TestRecycledWorkIsClean(t *testing.T) {
	var stories [][]article.Paragraph
	for _, fx := range [][]para{diaryColumn, marketReport, politicsPiece} {
		var texts []string
		for _, p := range fx {
			texts = append(texts, p.text)
		}
		stories = append(stories, paragraphs(texts), paragraphs(texts[:len(texts)/2]))
	}
	var texts []string
	for _, r := range roundup {
		texts = append(texts, r.text)
	}
	stories = append(stories, paragraphs(texts), paragraphs(single))
	type result struct {
		actors  []actor.Actor
		threads []Thread
		terms   [][]string
	}
	run := func(s []article.Paragraph) result {
		acts := actor.Extract(s)
		th, terms := SplitTerms(s, acts, nil)
		return result{acts, th, terms}
	}
	want := make([]result, len(stories))
	for i, s := range stories {
		want[i] = run(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			for round := 0; round < 5; round++ {
				for k := range stories {
					i := (k*7 + g + round) % len(stories)
					if got := run(stories[i]); !reflect.DeepEqual(got, want[i]) {
						errs <- fmt.Sprintf("story %d, goroutine %d, round %d: got %+v, want %+v", i, g, round, got.threads, want[i].threads)
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
