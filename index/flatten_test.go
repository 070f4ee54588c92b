package index

import (
	"fmt"
	"math"
	"testing"
	"time"
)

// TestFlattenSameHits checks that flattened queries find the same
// stories, in the same order, with the same scores as bleve's own
// searchers, over the query shapes a user can type.
func TestFlattenSameHits(t *testing.T) {
	x, err := OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	bodies := []string{
		"The ferry sailed late and the council met.",
		"Council tax rises again; the ferry fares are frozen.",
		"A museum reopened after repairs to the ferry terminal.",
		"Police charged a man after the museum break-in.",
		"The e-mail from the council was leaked to police.",
		"Ferry ferry ferry: the harbour is busy.",
	}
	var docs []Doc
	for i := 0; i < 60; i++ {
		b := bodies[i%len(bodies)]
		title := []string{"Ferry news", "Council news", "Museum news", "Police news"}[i%4]
		docs = append(docs, Doc{ID: fmt.Sprintf("s%02d", i), Title: title, Body: []string{title, b, bodies[(i*7)%len(bodies)]},
			Actors: []string{"Ada Venn"}, Threads: []string{"ferry fares"}, Source: "Harbour Times",
			Published: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i*5)})
	}
	// A phrase's words at the end of one paragraph and the start of the
	// next: bleve numbers positions on through a story's paragraphs.
	docs = append(docs, Doc{ID: "x1", Title: "Notes", Body: []string{"Notes", "A ferry", "Old new terminal"}}, Doc{ID: "x2", Title: "Notes", Body: []string{"Notes", "A ferry", "Terminal closed"}})
	if err := x.Apply(docs, nil); err != nil {
		t.Fatal(err)
	}
	queries := []string{
		"ferry", "the", "ferry council", "the ferry", `"ferry fares"`, "+ferry -museum", "+the -museum", "-ferry",
		"ferri*", "ferry~1", "e-mail", "title:ferry", "title:ferry council", "ferry^3 museum", "title:police^2 body:ferry",
		`actor:"Ada Venn"`, `name:"Ada Venn"`, "thread:fares", "source:harbour", `published:>"2026-03-01" ferry`,
		`+published:<"2026-06-01" +council -police`, "", "+ferry +council", "police the museum", "+ferry e-mail", "+council harbour-busy museum",
		`"the ferry"`, `"ferry terminal"`, `"ferry ferry"`, `"council was leaked"`, `"the council was leaked to police"`, `"fares are frozen" ferry`, `"museum reopened" -police`, `title:"ferry news"`, `"harbour is busy"`, `"busy harbour"`,
	}
	for _, q := range queries {
		for _, o := range []Order{ByRelevance, NewestFirst} {
			t.Run(fmt.Sprintf("%s/%v", q, o), func(t *testing.T) {
				flattenQueries = false
				want, err := x.SearchOrdered(q, 0, 100, o)
				flattenQueries = true
				if err != nil {
					t.Fatal(err)
				}
				got, err := x.SearchOrdered(q, 0, 100, o)
				if err != nil {
					t.Fatal(err)
				}
				if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
					t.Fatalf("total %d (%d hits), want %d (%d hits)", got.Total, len(got.Hits), want.Total, len(want.Hits))
				}
				for i := range got.Hits {
					g, w := got.Hits[i], want.Hits[i]
					if g.ID != w.ID || math.Abs(g.Score-w.Score) > 1e-12*math.Max(1, w.Score) {
						t.Fatalf("hit %d: %s %.17g, want %s %.17g", i, g.ID, g.Score, w.ID, w.Score)
					}
				}
			})
		}
	}
}

// TestFlattenSameSimilar checks Similar's flattened query against
// bleve's own: the same stories, order and scores.
func TestFlattenSameSimilar(t *testing.T) {
	x, err := OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	var docs []Doc
	for i, b := range []string{"The ferry fares rose.", "Council ferry vote.", "Museum repairs end.", "Ada Venn backs the ferry fares plan.", "Police and council meet."} {
		docs = append(docs, Doc{ID: fmt.Sprintf("s%d", i), Title: "News", Body: []string{"News", b}, Actors: []string{[]string{"Ada Venn", "Harbour Board"}[i%2]}})
	}
	if err := x.Apply(docs, nil); err != nil {
		t.Fatal(err)
	}
	clues := []Clue{{Text: "ferry", Weight: 2}, {Text: "ferry fares", Weight: 1.5}, {Text: "Ada Venn", Weight: 3, Actor: true}, {Text: "council", Weight: 0.7}, {Text: "the", Weight: 1}}
	flattenQueries = false
	want, err := x.Similar(clues, []string{"s0"}, 10)
	flattenQueries = true
	if err != nil {
		t.Fatal(err)
	}
	got, err := x.Similar(clues, []string{"s0"}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) || len(got) < 3 {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range got {
		if got[i].ID != want[i].ID || math.Abs(got[i].Score-want[i].Score) > 1e-12*math.Max(1, want[i].Score) {
			t.Fatalf("hit %d: %v, want %v", i, got[i], want[i])
		}
	}
}
