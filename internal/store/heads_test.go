package store

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/thread"
)

// Heads gives, story for story, what Get gives of the article (without
// its text) and the number of threads, and leaves out unknown IDs.
func TestHeadsMatchGet(t *testing.T) {
	s := openTemp(t)
	bt := &Batch{}
	var ids []string
	for i := 0; i < 300; i++ { // more than one chunk
		r := rec(fmt.Sprintf("s%03d", i), fmt.Sprintf(`Story "%d", with ,"paragraphs": in the title`, i), i%3)
		r.Article.Source, r.Article.URL, r.Article.Byline = "Lobby Wire", fmt.Sprintf("https://example.invalid/%d", i), "Ada"
		r.Article.ExternalID = map[bool]string{true: fmt.Sprintf("ext-%d", i)}[i%2 == 0]
		r.Article.Paragraphs = append(r.Article.Paragraphs, article.Paragraph{Text: `,"threads":[1,2],"actors":`, Boilerplate: true})
		for n := 1; n <= i%4; n++ {
			r.Threads = append(r.Threads, thread.Thread{N: n, Label: fmt.Sprintf(`label ,"threads": %d`, n), Paragraphs: []int{0, n}})
		}
		bt.Records = append(bt.Records, r)
		ids = append(ids, r.Article.ID)
		if i%10 == 0 {
			ids = append(ids, "missing"+r.Article.ID)
		}
	}
	if err := s.Write(bt); err != nil {
		t.Fatal(err)
	}
	var want []Head
	for _, id := range ids {
		if r, err := s.Get(id); err == nil && r != nil {
			r.Article.Paragraphs = nil
			want = append(want, Head{Article: r.Article, Threads: len(r.Threads)})
		}
	}
	got := s.Heads(ids)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Heads =\n%+v\nwant\n%+v", got, want)
	}
	if len(want) != 300 {
		t.Errorf("%d heads, want 300", len(want))
	}
}

// The quick parse reads what json.Marshal writes, and gives up on what
// it cannot be sure of.
func TestQuickHead(t *testing.T) {
	r := rec("s1", "Story", 1)
	r.Threads = []thread.Thread{{N: 1, Label: "a"}, {N: 2, Label: "b", Paragraphs: []int{0}}}
	h, ok := quickHead(recordJSON(t, r))
	if !ok || h.Threads != 2 || h.Article.ID != "s1" || !h.Article.Published.Equal(r.Article.Published) {
		t.Errorf("quickHead = %+v, %v", h, ok)
	}
	tests := []string{
		`{"article":{"id":"x"},"threads":[],"actors":[]}`,                   // no paragraphs key
		`{"article":{"id":"x","paragraphs":[]},"threads":[1,],"actors":[]}`, // broken thread list
		`{"article":{"id":"x","paragraphs":[]},"threads":[1] ,"actors":[]}`, // white space
		`{"article":{"id":"x","paragraphs":[]},"actors":[],"threads":[]}`,   // other order
		`{ "article":{"id":"x","paragraphs":[]},"threads":[1],"actors":[]}`, // white space
		`{"article":{"id":1,"paragraphs":[]},"threads":null,"actors":null}`, // id not a string
	}
	for _, s := range tests {
		if h, ok := quickHead([]byte(s)); ok {
			t.Errorf("quickHead(%s) = %+v, want a give-up", s, h)
		}
	}
}
