package archive

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/article"
)

// Undated stories list the last imported first, and a storyline of
// undated stories runs in the order they were imported, not in the order
// of their ids' hashes.
func TestUndatedOrder(t *testing.T) {
	ctx := context.Background()
	a, _ := openTemp(t)
	var titles []string
	for day := 1; day <= 4; day++ {
		title := fmt.Sprintf("Harbour bridge toll vote, day %d", day)
		titles = append(titles, title)
		body := fmt.Sprintf("The Harbour Board met for the %d time to vote on the bridge toll. Councillor Mara Quist said the toll rise was unfair to commuters and the Harbour Board should drop it.", day)
		art := article.Article{Title: title, Paragraphs: []article.Paragraph{{Text: body}, {Text: "Mara Quist said commuters on the bridge already pay enough, and the Harbour Board toll vote was put off again."}}}
		// One import per day, as a reader adds each day's coverage.
		if _, err := a.ImportArticles(ctx, []article.Article{art}, ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	list, _, err := a.List(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range list {
		got = append(got, s.Title)
	}
	want := slices.Clone(titles)
	slices.Reverse(want)
	if !slices.Equal(got, want) {
		t.Errorf("list %q, want the last imported first %q", got, want)
	}
	st, err := a.Story(ctx, list[0].ID)
	if err != nil || len(st.Threads) == 0 || st.Threads[0].Arc == nil {
		t.Fatalf("the newest story has no storyline: %+v %v", st, err)
	}
	line, err := a.Storyline(ctx, *st.Threads[0].Arc)
	if err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, e := range line {
		got = append(got, e.Title)
	}
	if !slices.Equal(got, titles) {
		t.Errorf("storyline %q, want import order %q", got, titles)
	}
}
