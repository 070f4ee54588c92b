package archive

import (
	"context"
	"fmt"
	"testing"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
)

// TopActors ranks actors from the store's counts; a name read as
// different kinds in different stories is one actor, named by all those
// stories, a person only when shaped like a person's name or read as one
// by more than two stories in three.
func TestTopActors(t *testing.T) {
	tests := []struct {
		name      string
		readings  []string // the kind each story reads the name as
		wantKind  string
		wantTotal int
	}{
		{"Chelsea", []string{actor.Org, actor.Org, actor.Person}, actor.Org, 3},
		{"Chelsea", []string{actor.Person, actor.Person, actor.Org, actor.Place}, actor.Org, 4},
		{"Usher", []string{actor.Person, actor.Person, actor.Person, actor.Place}, actor.Person, 4},
		{"Usher", []string{actor.Person, actor.Person, actor.Place}, actor.Place, 3},
		{"Andy Roddick", []string{actor.Org, actor.Org, actor.Person}, actor.Person, 3},
		{"New York", []string{actor.Org, actor.Place, actor.Place}, actor.Place, 3},
		{"Ada Kell", []string{actor.Person}, actor.Person, 1},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.name, tc.readings), func(t *testing.T) {
			a, _ := openTemp(t)
			var recs []*store.Record
			for i, kind := range tc.readings {
				id := fmt.Sprintf("s%dbbbbbbbbbb", i)
				recs = append(recs, &store.Record{
					Article: article.Article{ID: id, Title: id, Paragraphs: []article.Paragraph{{Text: "Text."}}},
					Actors:  []actor.Actor{{Name: tc.name, Kind: kind}},
				})
			}
			if err := a.st.Write(&store.Batch{Records: recs}); err != nil {
				t.Fatal(err)
			}
			top, err := a.TopActors(context.Background(), "", 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(top) != 1 || top[0].Name != tc.name || top[0].Kind != tc.wantKind || top[0].Stories != tc.wantTotal {
				t.Errorf("TopActors = %+v, want %s (%s, %d stories)", top, tc.name, tc.wantKind, tc.wantTotal)
			}
		})
	}
}

// TopActors ranks by stories and cuts at the limit.
func TestTopActorsRankAndLimit(t *testing.T) {
	a, _ := openTemp(t)
	rec := func(id string, actors ...actor.Actor) *store.Record {
		return &store.Record{Article: article.Article{ID: id, Title: id, Paragraphs: []article.Paragraph{{Text: "Text."}}}, Actors: actors}
	}
	club := actor.Actor{Name: "Chelsea", Kind: actor.Org}
	ada := actor.Actor{Name: "Ada Kell", Kind: actor.Person}
	if err := a.st.Write(&store.Batch{Records: []*store.Record{rec("s1aaaaaaaaaa", club, ada), rec("s2aaaaaaaaaa", club)}}); err != nil {
		t.Fatal(err)
	}
	top, err := a.TopActors(context.Background(), "", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(top) != 2 || top[0].Name != "Chelsea" || top[1].Name != "Ada Kell" {
		t.Errorf("TopActors = %+v, want Chelsea then Ada Kell", top)
	}
	if top, _ := a.TopActors(context.Background(), "", 1); len(top) != 1 {
		t.Errorf("TopActors(1) gave %d actors", len(top))
	}
	if top, _ := a.TopActors(context.Background(), "kel", 10); len(top) != 1 || top[0].Name != "Ada Kell" {
		t.Errorf("TopActors matching \"kel\" = %+v, want Ada Kell alone", top)
	}
}

func TestMatchesName(t *testing.T) {
	tests := []struct {
		match, name string
		want        bool
	}{
		{"clark", "Jeremy Clarkson", true},
		{"j clarkson", "Jeremy Clarkson", true},
		{"CLARK", "Jeremy Clarkson", true},
		{"jose", "José Mourinho", true},
		{"larkson", "Jeremy Clarkson", false},
		{"clark lana", "Jeremy Clarkson", false},
		{"", "Jeremy Clarkson", true},
	}
	for _, tc := range tests {
		if got := MatchesName(tc.match, tc.name); got != tc.want {
			t.Errorf("MatchesName(%q, %q) = %v, want %v", tc.match, tc.name, got, tc.want)
		}
	}
}
