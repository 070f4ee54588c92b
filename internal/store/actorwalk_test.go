package store

import (
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
)

// openTemp opens a new store in a temporary folder, closed after the test.
func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// EachActors gives what StoryActors gives, story for story, also for
// texts and names that look like the record's own keys and for IDs the
// quick parse leaves to the full decode.
func TestEachActorsMatchesStoryActors(t *testing.T) {
	s := openTemp(t)
	const n = 600 // more than two chunks
	bt := &Batch{}
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("s%04d", n-i)
		switch i % 97 {
		case 3:
			id += `,"actors":[]` // an ID the quick parse cannot take
		case 5:
			id += `\quoted"`
		}
		r := rec(id, fmt.Sprintf("Story %d", i), 1+i%28)
		r.Article.Paragraphs = append(r.Article.Paragraphs, article.Paragraph{Text: `He said ,"actors":[{"name":"X"}],"nlp_version": twice`})
		for j := 0; j < i%4; j++ {
			a := actor.Actor{Name: fmt.Sprintf("Ada Kell %d", j), Kind: actor.Person, Mentions: j + 1, Paragraphs: []int{0, j}}
			if j%2 == 1 {
				a.Roles = []string{"Health Secretary"}
				a.Aliases = []string{`Ms "Kell"`, `,"actors":`}
				a.Affiliation = "Labour"
			}
			r.Actors = append(r.Actors, a)
		}
		bt.Records = append(bt.Records, r)
	}
	if err := s.Write(bt); err != nil {
		t.Fatal(err)
	}
	type story struct {
		id     string
		actors []actor.Actor
	}
	walk := func(each func(func(string, []actor.Actor) error) error) []story {
		var out []story
		if err := each(func(id string, as []actor.Actor) error {
			out = append(out, story{id, as})
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	want, got := walk(s.StoryActors), walk(s.EachActors)
	if len(want) != n {
		t.Fatalf("StoryActors gave %d stories, want %d", len(want), n)
	}
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("story %d:\n got %+v\nwant %+v", i, got[i], want[i])
			}
		}
		t.Fatalf("got %d stories, want %d", len(got), len(want))
	}

	// An error from fn ends the walk and comes back.
	stop := errors.New("stop")
	calls := 0
	err := s.EachActors(func(string, []actor.Actor) error {
		if calls++; calls == 300 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 300 {
		t.Errorf("walk stopped after %d calls with %v, want 300 and %v", calls, err, stop)
	}
}

// The quick parse takes a record as json.Marshal lays it out, and leaves
// to the full decode what it cannot be sure of.
func TestQuickActors(t *testing.T) {
	r := rec("s1", "Story", 1)
	r.Actors = []actor.Actor{{Name: "Ada Kell", Kind: actor.Person, Mentions: 2, Roles: []string{"MP"}, Paragraphs: []int{0}}}
	tests := []struct {
		name string
		id   string
		ok   bool
	}{
		{"plain", "s1", true},
		{"comma in the id", "s,1", false},
		{"escaped quote in the id", `s"1`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r.Article.ID = tc.id
			b := recordJSON(t, r)
			id, as, ok := quickActors(b)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			want := []actor.Actor{{Name: "Ada Kell", Kind: actor.Person, Mentions: 2, Roles: []string{"MP"}}}
			if ok && (id != tc.id || !reflect.DeepEqual(as, want)) {
				t.Errorf("got %q %+v, want %q %+v", id, as, tc.id, want)
			}
		})
	}
}

// recordJSON returns a record's JSON as it is stored (before compression).
func recordJSON(t *testing.T, r *Record) []byte {
	t.Helper()
	v, err := encode(r)
	if err != nil {
		t.Fatal(err)
	}
	b, err := unpackRaw(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
