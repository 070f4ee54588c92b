package archive

import (
	"context"
	"testing"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
)

// TopActors ranks actors from the store's counts; a name read as
// different kinds in different stories is one actor of its most common
// kind, named by all those stories.
func TestTopActors(t *testing.T) {
	a, _ := openTemp(t)
	rec := func(id string, actors ...actor.Actor) *store.Record {
		return &store.Record{Article: article.Article{ID: id, Title: id, Paragraphs: []article.Paragraph{{Text: "Text."}}}, Actors: actors}
	}
	club := actor.Actor{Name: "Chelsea", Kind: actor.Org}
	asPerson := actor.Actor{Name: "Chelsea", Kind: actor.Person}
	ada := actor.Actor{Name: "Ada Kell", Kind: actor.Person}
	err := a.st.Write(&store.Batch{Records: []*store.Record{
		rec("s1aaaaaaaaaa", club, ada), rec("s2aaaaaaaaaa", club), rec("s3aaaaaaaaaa", asPerson),
	}})
	if err != nil {
		t.Fatal(err)
	}
	top, err := a.TopActors(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(top) != 2 || top[0].Name != "Chelsea" || top[0].Kind != actor.Org || top[0].Stories != 3 || top[1].Name != "Ada Kell" || top[1].Stories != 1 {
		t.Errorf("TopActors = %+v, want Chelsea (org, 3 stories) then Ada Kell (1)", top)
	}
	if top, _ := a.TopActors(context.Background(), 1); len(top) != 1 {
		t.Errorf("TopActors(1) gave %d actors", len(top))
	}
}
