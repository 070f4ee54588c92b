package actor

import (
	"encoding/json"
	"reflect"
	"testing"
)

func person(name string, mentions int, aliases ...string) Actor {
	return Actor{Name: name, Kind: Person, Mentions: mentions, Aliases: aliases, Roles: []string{}}
}

func TestRegistry(t *testing.T) {
	type step struct {
		add    string  // story id to add
		actors []Actor // its actors
		remove string  // story id to remove
	}
	tests := []struct {
		name  string
		steps []step
		want  []Entry // Ranked(0), compared on ID, Name, Kind, Stories, Mentions
	}{
		{
			name: "same person in two stories",
			steps: []step{
				{add: "s1", actors: []Actor{person("Priya Marsh", 3, "Ms Marsh")}},
				{add: "s2", actors: []Actor{person("Priya  Marsh", 2)}},
			},
			want: []Entry{{ID: "priya-marsh", Name: "Priya Marsh", Kind: Person, Stories: 2, Mentions: 5}},
		},
		{
			name: "surname alone attaches to the unique full name",
			steps: []step{
				{add: "s1", actors: []Actor{person("Priya Marsh", 3)}},
				{add: "s2", actors: []Actor{person("Marsh", 1)}},
			},
			want: []Entry{{ID: "priya-marsh", Name: "Priya Marsh", Kind: Person, Stories: 2, Mentions: 4}},
		},
		{
			name: "surname seen first is merged into the full name later",
			steps: []step{
				{add: "s1", actors: []Actor{person("Marsh", 1)}},
				{add: "s2", actors: []Actor{person("Priya Marsh", 3)}},
			},
			want: []Entry{{ID: "priya-marsh", Name: "Priya Marsh", Kind: Person, Stories: 2, Mentions: 4}},
		},
		{
			name: "a peer by title joins the full name",
			steps: []step{
				{add: "s1", actors: []Actor{person("Piers Harlow", 2)}},
				{add: "s2", actors: []Actor{person("Lord Harlow", 1)}},
			},
			want: []Entry{{ID: "piers-harlow", Name: "Piers Harlow", Kind: Person, Stories: 2, Mentions: 3}},
		},
		{
			name: "ambiguous surname stays apart",
			steps: []step{
				{add: "s1", actors: []Actor{person("Tom Fenwick", 2), person("Alice Fenwick", 2)}},
				{add: "s2", actors: []Actor{person("Fenwick", 1)}},
			},
			want: []Entry{
				{ID: "alice-fenwick", Name: "Alice Fenwick", Kind: Person, Stories: 1, Mentions: 2},
				{ID: "tom-fenwick", Name: "Tom Fenwick", Kind: Person, Stories: 1, Mentions: 2},
				{ID: "fenwick", Name: "Fenwick", Kind: Person, Stories: 1, Mentions: 1},
			},
		},
		{
			name: "surname of another kind does not attach",
			steps: []step{
				{add: "s1", actors: []Actor{person("Jordan Pike", 2)}},
				{add: "s2", actors: []Actor{{Name: "Pike", Kind: Place, Mentions: 1}}},
			},
			want: []Entry{
				{ID: "jordan-pike", Name: "Jordan Pike", Kind: Person, Stories: 1, Mentions: 2},
				{ID: "pike", Name: "Pike", Kind: Place, Stories: 1, Mentions: 1},
			},
		},
		{
			name: "same slug, other kind",
			steps: []step{
				{add: "s1", actors: []Actor{person("Jordan", 2), {Name: "Jordan", Kind: Place, Mentions: 1}}},
			},
			want: []Entry{
				{ID: "jordan", Name: "Jordan", Kind: Person, Stories: 1, Mentions: 2},
				{ID: "jordan-place", Name: "Jordan", Kind: Place, Stories: 1, Mentions: 1},
			},
		},
		{
			name: "remove and re-add",
			steps: []step{
				{add: "s1", actors: []Actor{person("Priya Marsh", 3)}},
				{add: "s2", actors: []Actor{person("Priya Marsh", 1), person("Omar Lind", 1)}},
				{remove: "s2"},
				{add: "s1", actors: []Actor{person("Priya Marsh", 4)}},
			},
			want: []Entry{{ID: "priya-marsh", Name: "Priya Marsh", Kind: Person, Stories: 1, Mentions: 4}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewRegistry()
			for _, s := range tc.steps {
				if s.remove != "" {
					r.Remove(s.remove)
				} else {
					r.Add(s.add, s.actors)
				}
			}
			got := r.Ranked(0)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d entries %+v, want %d", len(got), got, len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.ID != w.ID || g.Name != w.Name || g.Kind != w.Kind || g.Stories != w.Stories || g.Mentions != w.Mentions {
					t.Errorf("entry %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func TestRegistryLookupAndJSON(t *testing.T) {
	r := NewRegistry()
	r.Add("s1", []Actor{{Name: "Ada Kell", Kind: Person, Mentions: 2, Roles: []string{"Health Secretary"}, Aliases: []string{"Dame Ada Kell"}}})
	r.Add("s2", []Actor{person("Kell", 1)})
	r.Add("s3", []Actor{{Name: "Harvest Foods", Kind: Org, Mentions: 1}})

	for _, q := range []string{"ada-kell", "Ada Kell", "ada  KELL", "Dame Ada Kell", "Kell"} {
		e, ok := r.Lookup(q)
		if !ok || e.ID != "ada-kell" {
			t.Errorf("Lookup(%q) = %+v, %v; want ada-kell", q, e, ok)
		}
	}
	if _, ok := r.Lookup("nobody"); ok {
		t.Error("Lookup(nobody) found something")
	}
	if got := r.StoriesOf("ada-kell"); !reflect.DeepEqual(got, []string{"s1", "s2"}) {
		t.Errorf("StoriesOf = %v", got)
	}
	if e, _ := r.Lookup("ada-kell"); !has(e.Roles, "Health Secretary") || !has(e.Aliases, "Dame Ada Kell") {
		t.Errorf("entry %+v lacks role or alias", e)
	}

	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	back := NewRegistry()
	if err := json.Unmarshal(b, back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Ranked(0), r.Ranked(0)) {
		t.Errorf("round trip changed the registry:\n%+v\n%+v", back.Ranked(0), r.Ranked(0))
	}
	// The restored registry keeps working: a new story attaches by surname.
	back.Add("s4", []Actor{person("Kell", 1)})
	if e, _ := back.Lookup("ada-kell"); e.Stories != 3 {
		t.Errorf("after reload and add: %+v", e)
	}
	// An alias goes with the last story that used it.
	back.Add("s1", []Actor{person("Ada Kell", 1)})
	if _, ok := back.Lookup("Dame Ada Kell"); ok {
		t.Error("alias of a replaced story still found")
	}
	if err := json.Unmarshal([]byte(`{"version":9}`), back); err == nil {
		t.Error("unknown version accepted")
	}
}

func TestKeyAndSlug(t *testing.T) {
	tests := []struct{ name, slug string }{
		{"Ed Davey", "ed-davey"},
		{"Lord O’Neill", "lord-oneill"},
		{"José  Mourinho", "jose-mourinho"},
		{"Marta van der Hoek", "marta-van-der-hoek"},
		{"the Queen", "the-queen"},
	}
	for _, tc := range tests {
		if got := Slug(tc.name); got != tc.slug {
			t.Errorf("Slug(%q) = %q, want %q", tc.name, got, tc.slug)
		}
	}
	if Key(person("Ed\u00a0Davey", 1)) != Key(person("ED DAVEY", 1)) {
		t.Error("keys differ by case or spacing")
	}
	if Key(Actor{Name: "U.S.", Kind: Place}) != Key(Actor{Name: "US", Kind: Place}) {
		t.Error("full stops change the key")
	}
	if Key(person("Jordan", 1)) == Key(Actor{Name: "Jordan", Kind: Place}) {
		t.Error("keys of different kinds are equal")
	}
}

func TestRegistryConcurrent(t *testing.T) {
	r := NewRegistry()
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go func(w int) {
			for i := 0; i < 50; i++ {
				id := string(rune('a'+w)) + "-" + string(rune('a'+i%26))
				r.Add(id, []Actor{person("Priya Marsh", 1), person("Marsh", 1)})
				r.Ranked(3)
				r.Lookup("Marsh")
				r.StoriesOf("priya-marsh")
				if i%7 == 0 {
					r.Remove(id)
				}
			}
			done <- true
		}(w)
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	if e, ok := r.Lookup("priya-marsh"); !ok || e.Stories == 0 {
		t.Errorf("after concurrent use: %+v %v", e, ok)
	}
}
