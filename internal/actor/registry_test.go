package actor

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
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
			name: "a titled surname picks the namesake other stories called so",
			steps: []step{
				{add: "s1", actors: []Actor{person("Tom Fenwick", 2, "Mr Fenwick"), person("Alice Fenwick", 2, "Mrs Fenwick")}},
				{add: "s2", actors: []Actor{person("Fenwick", 1, "Mrs Fenwick")}},
				{add: "s3", actors: []Actor{person("Fenwick", 1, "Mr Fenwick")}},
			},
			want: []Entry{
				{ID: "alice-fenwick", Name: "Alice Fenwick", Kind: Person, Stories: 2, Mentions: 3},
				{ID: "tom-fenwick", Name: "Tom Fenwick", Kind: Person, Stories: 2, Mentions: 3},
			},
		},
		{
			name: "a bare surname of namesakes stays apart, the titled one joins",
			steps: []step{
				{add: "s1", actors: []Actor{person("Tom Fenwick", 2), person("Alice Fenwick", 2)}},
				{add: "s2", actors: []Actor{person("Fenwick", 1)}},
				{add: "s3", actors: []Actor{person("Fenwick", 1, "Mr Fenwick")}},
				{add: "s4", actors: []Actor{person("Tom Fenwick", 1, "Mr Fenwick")}},
			},
			want: []Entry{
				{ID: "tom-fenwick", Name: "Tom Fenwick", Kind: Person, Stories: 2, Mentions: 3},
				{ID: "fenwick", Name: "Fenwick", Kind: Person, Stories: 2, Mentions: 2},
				{ID: "alice-fenwick", Name: "Alice Fenwick", Kind: Person, Stories: 1, Mentions: 2},
			},
		},
		{
			name: "titled surnames met before the full name join it later",
			steps: []step{
				{add: "s1", actors: []Actor{person("Tom Fenwick", 2), person("Alice Fenwick", 2)}},
				{add: "s2", actors: []Actor{person("Fenwick", 1, "Mr Fenwick")}},
				{add: "s3", actors: []Actor{person("Tom Fenwick", 1, "Mr Fenwick")}},
				{add: "s4", actors: []Actor{person("Fenwick", 1)}},
			},
			want: []Entry{
				{ID: "tom-fenwick", Name: "Tom Fenwick", Kind: Person, Stories: 3, Mentions: 4},
				{ID: "alice-fenwick", Name: "Alice Fenwick", Kind: Person, Stories: 1, Mentions: 2},
				{ID: "fenwick-person", Name: "Fenwick", Kind: Person, Stories: 1, Mentions: 1},
			},
		},
		{
			name: "a middle name or initial is the same person",
			steps: []step{
				{add: "s1", actors: []Actor{person("Regan Holt", 3)}},
				{add: "s2", actors: []Actor{person("Regan J. Holt", 1)}},
				{add: "s3", actors: []Actor{person("W. Mark Dunn", 1)}},
				{add: "s4", actors: []Actor{person("Mark Dunn", 1)}},
			},
			want: []Entry{
				{ID: "regan-holt", Name: "Regan J. Holt", Kind: Person, Stories: 2, Mentions: 4},
				{ID: "w-mark-dunn", Name: "W. Mark Dunn", Kind: Person, Stories: 2, Mentions: 2},
			},
		},
		{
			name: "two middle names are two people; a particle is no given name",
			steps: []step{
				{add: "s1", actors: []Actor{person("Regan J. Holt", 1)}},
				{add: "s2", actors: []Actor{person("Regan P. Holt", 1)}},
				{add: "s3", actors: []Actor{person("Regan Holt", 1)}},
				{add: "s4", actors: []Actor{person("Ana de Vries", 1)}},
				{add: "s5", actors: []Actor{person("De Vries", 1)}},
			},
			want: []Entry{
				{ID: "ana-de-vries", Name: "Ana de Vries", Kind: Person, Stories: 1, Mentions: 1},
				{ID: "de-vries", Name: "De Vries", Kind: Person, Stories: 1, Mentions: 1},
				{ID: "regan-holt", Name: "Regan Holt", Kind: Person, Stories: 1, Mentions: 1},
				{ID: "regan-j-holt", Name: "Regan J. Holt", Kind: Person, Stories: 1, Mentions: 1},
				{ID: "regan-p-holt", Name: "Regan P. Holt", Kind: Person, Stories: 1, Mentions: 1},
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
			name: "a name read as a place in most stories is one place",
			steps: []step{
				{add: "s1", actors: []Actor{{Name: "Veldoria", Kind: Place, Mentions: 2}}},
				{add: "s2", actors: []Actor{{Name: "Veldoria", Kind: Org, Mentions: 3}}},
				{add: "s3", actors: []Actor{{Name: "VELDORIA", Kind: Place, Mentions: 1}}},
			},
			want: []Entry{{ID: "veldoria", Name: "Veldoria", Kind: Place, Stories: 3, Mentions: 6}},
		},
		{
			name: "the kind follows the stories when one is dropped",
			steps: []step{
				{add: "s1", actors: []Actor{{Name: "Quillstream", Kind: Place, Mentions: 1}}},
				{add: "s2", actors: []Actor{{Name: "Quillstream", Kind: Org, Mentions: 1}}},
				{add: "s3", actors: []Actor{{Name: "Quillstream", Kind: Org, Mentions: 1}, {Name: "Quillstream", Kind: Other, Mentions: 1}}},
				{remove: "s3"},
			},
			// A tie in stories and mentions keeps the first story's reading.
			want: []Entry{{ID: "quillstream", Name: "Quillstream", Kind: Place, Stories: 2, Mentions: 2}},
		},
		{
			name: "a name not shaped like a person's read once as a person is the thing",
			steps: []step{
				{add: "s1", actors: []Actor{person("Chelmer", 1)}},
				{add: "s2", actors: []Actor{{Name: "Chelmer", Kind: Place, Mentions: 1}}},
				{add: "s3", actors: []Actor{{Name: "Chelmer", Kind: Org, Mentions: 2}}},
				{add: "s4", actors: []Actor{{Name: "Chelmer", Kind: Org, Mentions: 1}, person("Halden Quay", 1)}},
				{add: "s5", actors: []Actor{person("Halden Quay", 1)}},
				{add: "s6", actors: []Actor{{Name: "Halden Quay", Kind: Place, Mentions: 1}}},
			},
			want: []Entry{
				{ID: "chelmer-place", Name: "Chelmer", Kind: Org, Stories: 4, Mentions: 5},
				{ID: "halden-quay-place", Name: "Halden Quay", Kind: Place, Stories: 3, Mentions: 3},
			},
		},
		{
			name: "a place that took a lone surname stays a place when the full name comes",
			steps: []step{
				{add: "s1", actors: []Actor{{Name: "Tarrow", Kind: Place, Mentions: 3}}},
				{add: "s2", actors: []Actor{person("Tarrow", 1)}},
				{add: "s3", actors: []Actor{person("John Tarrow", 2)}},
			},
			want: []Entry{
				{ID: "tarrow", Name: "Tarrow", Kind: Place, Stories: 2, Mentions: 4},
				{ID: "john-tarrow", Name: "John Tarrow", Kind: Person, Stories: 1, Mentions: 2},
			},
		},
		{
			name: "a person-shaped name read once as a body is the person",
			steps: []step{
				{add: "s1", actors: []Actor{{Name: "Mary Quist", Kind: Org, Mentions: 1}}},
				{add: "s2", actors: []Actor{person("Mary Quist", 2)}},
				{add: "s3", actors: []Actor{{Name: "Mary Quist", Kind: Other, Mentions: 1}}},
			},
			want: []Entry{{ID: "mary-quist-person", Name: "Mary Quist", Kind: Person, Stories: 3, Mentions: 4}},
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
	// A surname no story used alone finds the person with the full name;
	// of namesakes, the one named in more stories.
	r2 := NewRegistry()
	r2.Add("t1", []Actor{person("Rosa Quint", 1)})
	r2.Add("t2", []Actor{person("Abel Quint", 1)})
	r2.Add("t3", []Actor{person("Abel Quint", 2)})
	r2.Add("t4", []Actor{{Name: "Quint Holdings", Kind: Org, Mentions: 1}})
	for _, tc := range []struct{ q, want string }{
		{"Quint", "abel-quint"},
		{"quint", "abel-quint"},
		{"Holdings", ""},
		{"Rosa", ""},
	} {
		e, ok := r2.Lookup(tc.q)
		if ok != (tc.want != "") || ok && e.ID != tc.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tc.q, e.ID, ok, tc.want)
		}
	}
	if got := r.StoriesOf("ada-kell"); !reflect.DeepEqual(got, []string{"s1", "s2"}) {
		t.Errorf("StoriesOf = %v", got)
	}
	if e, _ := r.Lookup("ada-kell"); !has(e.Roles, "Health Secretary") || !has(e.Aliases, "Dame Ada Kell") {
		t.Errorf("entry %+v lacks role or alias", e)
	}

	back := roundTrip(t, r)
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
	if Key(Actor{Name: "Harrow & Vale", Kind: Org}) != Key(Actor{Name: "Harrow and Vale", Kind: Org}) {
		t.Error("a spaced ampersand and 'and' give different keys")
	}
	if Key(Actor{Name: "H&V", Kind: Org}) == Key(Actor{Name: "H and V", Kind: Org}) {
		t.Error("initials joined by '&' read as words")
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

// TestRegistryReplaceAndDrop follows one person through re-imports that
// change what a story says, removals and re-adds, and checks every field
// of the summary after each step: which spelling of an alias or role is
// kept and how ties fall depend on the stories still there (in story ID
// order, not arrival order).
func TestRegistryReplaceAndDrop(t *testing.T) {
	kell := func(mentions int, affil string, roles, aliases []string) Actor {
		return Actor{Name: "Ada Kell", Kind: Person, Mentions: mentions, Affiliation: affil, Roles: roles, Aliases: aliases}
	}
	steps := []struct {
		name   string
		add    string  // story to add or replace
		actors []Actor // its actors
		remove string  // story to remove
		lookup string  // query
		want   *Entry  // what it finds; nil: nothing
		from   []string
	}{
		{
			name: "three stories", add: "s1",
			actors: []Actor{kell(3, "Labour", []string{"Health Secretary"}, []string{"Dame Ada Kell"})},
			lookup: "ada-kell",
			want:   &Entry{ID: "ada-kell", Name: "Ada Kell", Kind: Person, Roles: []string{"Health Secretary"}, Aliases: []string{"Dame Ada Kell"}, Affiliation: "Labour", Stories: 1, Mentions: 3},
			from:   []string{"s1"},
		},
		{
			name: "second story", add: "s2",
			actors: []Actor{kell(2, "Green", []string{"health secretary", "MP"}, []string{"dame ada kell", "Ms Kell"})},
			lookup: "Ms Kell",
			want:   &Entry{ID: "ada-kell", Name: "Ada Kell", Kind: Person, Roles: []string{"Health Secretary", "MP"}, Aliases: []string{"Dame Ada Kell", "Ms Kell"}, Affiliation: "Green", Stories: 2, Mentions: 5},
			from:   []string{"s1", "s2"},
		},
		{
			name: "surname story", add: "s3",
			actors: []Actor{{Name: "Kell", Kind: Person, Mentions: 1, Roles: []string{"MP"}}},
			lookup: "KELL",
			want:   &Entry{ID: "ada-kell", Name: "Ada Kell", Kind: Person, Roles: []string{"Health Secretary", "MP"}, Aliases: []string{"Dame Ada Kell", "Ms Kell", "Kell"}, Affiliation: "Green", Stories: 3, Mentions: 6},
			from:   []string{"s1", "s2", "s3"},
		},
		{
			name: "first story re-imported with other roles", add: "s1",
			actors: []Actor{kell(1, "Green", []string{"Mayor"}, nil)},
			lookup: "Dame Ada Kell",
			want:   &Entry{ID: "ada-kell", Name: "Ada Kell", Kind: Person, Roles: []string{"MP", "Mayor", "health secretary"}, Aliases: []string{"dame ada kell", "Ms Kell", "Kell"}, Affiliation: "Green", Stories: 3, Mentions: 4},
			from:   []string{"s1", "s2", "s3"},
		},
		{
			name: "second story dropped", remove: "s2", lookup: "ada-kell",
			want: &Entry{ID: "ada-kell", Name: "Ada Kell", Kind: Person, Roles: []string{"Mayor", "MP"}, Aliases: []string{"Kell"}, Affiliation: "Green", Stories: 2, Mentions: 2},
			from: []string{"s1", "s3"},
		},
		{name: "its aliases go with it", lookup: "Ms Kell"},
		{name: "full name dropped", remove: "s1", lookup: "Dame Ada Kell"},
		{
			name: "surname left alone", lookup: "kell",
			want: &Entry{ID: "ada-kell", Name: "Kell", Kind: Person, Roles: []string{"MP"}, Aliases: []string{}, Stories: 1, Mentions: 1},
			from: []string{"s3"},
		},
		{name: "all dropped", remove: "s3", lookup: "ada-kell"},
		{
			name: "surname first again", add: "s9",
			actors: []Actor{{Name: "Kell", Kind: Person, Mentions: 2, Roles: []string{"Chair"}, Aliases: []string{"MS KELL"}}},
			lookup: "kell",
			want:   &Entry{ID: "kell", Name: "Kell", Kind: Person, Roles: []string{"Chair"}, Aliases: []string{"MS KELL"}, Stories: 1, Mentions: 2},
			from:   []string{"s9"},
		},
		{
			name: "full name re-added in an earlier story ID merges it", add: "s1",
			actors: []Actor{kell(1, "", []string{"Mayor"}, []string{"Ms Kell"})},
			lookup: "kell",
			want:   &Entry{ID: "ada-kell", Name: "Ada Kell", Kind: Person, Roles: []string{"Mayor", "Chair"}, Aliases: []string{"Ms Kell", "Kell"}, Stories: 2, Mentions: 3},
			from:   []string{"s1", "s9"},
		},
	}
	r := NewRegistry()
	for _, st := range steps {
		switch {
		case st.add != "":
			r.Add(st.add, st.actors)
		case st.remove != "":
			r.Remove(st.remove)
		}
		got, ok := r.Lookup(st.lookup)
		switch {
		case st.want == nil && ok:
			t.Errorf("%s: Lookup(%q) = %+v, want nothing", st.name, st.lookup, got)
		case st.want != nil && !reflect.DeepEqual(got, *st.want):
			t.Errorf("%s: Lookup(%q) =\n %+v, want\n %+v", st.name, st.lookup, got, *st.want)
		case st.want != nil:
			if from := r.StoriesOf(got.ID); !reflect.DeepEqual(from, st.from) {
				t.Errorf("%s: StoriesOf(%q) = %v, want %v", st.name, got.ID, from, st.from)
			}
			if n := len(r.Ranked(0)); n != 1 || r.Len() != 1 {
				t.Errorf("%s: %d ranked, Len %d; want one entry", st.name, n, r.Len())
			}
		}
	}
}

func TestRegistryMergesRoleVariants(t *testing.T) {
	tests := []struct {
		name  string
		roles [][]string // per story
		want  []string
	}{
		{"one role said three ways", [][]string{{"chief executive"}, {"Kestrel's chief executive"}, {"chief executive of Kestrel Mobile"}},
			[]string{"chief executive of Kestrel Mobile"}},
		{"different roles stay apart", [][]string{{"chief executive"}, {"chairman"}}, []string{"chief executive", "chairman"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewRegistry()
			for i, roles := range tc.roles {
				r.Add(fmt.Sprintf("s%d", i), []Actor{{Name: "Marcus Webb", Kind: Person, Mentions: 1, Roles: roles}})
			}
			e, ok := r.Lookup("Marcus Webb")
			if !ok {
				t.Fatal("no entry")
			}
			if !slices.Equal(e.Roles, tc.want) {
				t.Errorf("roles %q, want %q", e.Roles, tc.want)
			}
		})
	}
}

// TestRegistryThingKindsRoundTrip: one name read as different kinds of
// thing stays one entry through JSON, and later stories still join it.
func TestRegistryThingKindsRoundTrip(t *testing.T) {
	r := NewRegistry()
	r.Add("s1", []Actor{{Name: "Veldoria", Kind: Place, Mentions: 2}})
	r.Add("s2", []Actor{{Name: "Veldoria", Kind: Org, Mentions: 1}})
	back := roundTrip(t, r)
	if !reflect.DeepEqual(back.Ranked(0), r.Ranked(0)) {
		t.Fatalf("round trip changed the registry:\n%+v\n%+v", back.Ranked(0), r.Ranked(0))
	}
	back.Add("s3", []Actor{{Name: "Veldoria", Kind: Org, Mentions: 1}})
	back.Add("s4", []Actor{{Name: "Veldoria", Kind: Org, Mentions: 1}})
	got := back.Ranked(0)
	if len(got) != 1 || got[0].Kind != Org || got[0].Stories != 4 {
		t.Errorf("after reload and two more stories: %+v, want one org in 4 stories", got)
	}
	if id, ok := back.EntryOf("s1", Actor{Name: "Veldoria", Kind: Place}); !ok || id != got[0].ID {
		t.Errorf("EntryOf(s1, the place) = %q, %v; want %q", id, ok, got[0].ID)
	}
}

// TestRegistryPersonEvidence: people read with a role or a title
// outvote the things a one-word name joined, as do bare readings of a
// person in more than twice as many stories, three at least, a thing keeps no roles, and
// a lone surname read as a place leaves the full-name person alone.
func TestRegistryPersonEvidence(t *testing.T) {
	singer := func(roles ...string) Actor {
		return Actor{Name: "Orrin", Kind: Person, Mentions: 2, Roles: roles, Aliases: []string{}}
	}
	tests := []struct {
		name string
		adds [][]Actor
		want []Entry // compared on ID, Name, Kind, Stories, Roles
	}{{
		name: "roles outvote a place",
		adds: [][]Actor{{{Name: "Orrin", Kind: Place, Mentions: 1}}, {singer("singer")}, {singer("R&B singer")}},
		want: []Entry{{ID: "orrin", Name: "Orrin", Kind: Person, Stories: 3, Roles: []string{"R&B singer"}}},
	}, {
		name: "a title outvotes a place",
		adds: [][]Actor{{{Name: "Orrin", Kind: Place, Mentions: 1}}, {person("Orrin", 1, "Mr Orrin")}, {person("Orrin", 1, "Mr Orrin")}},
		want: []Entry{{ID: "orrin", Name: "Orrin", Kind: Person, Stories: 3, Roles: []string{}}},
	}, {
		name: "plain person readings do not",
		adds: [][]Actor{{{Name: "Orrin", Kind: Org, Mentions: 1}}, {{Name: "Orrin", Kind: Org, Mentions: 1}}, {singer("chief")}, {person("Orrin", 1)}},
		want: []Entry{{ID: "orrin", Name: "Orrin", Kind: Org, Stories: 4, Roles: []string{}}},
	}, {
		name: "many more stories of a bare person outvote a thing",
		adds: [][]Actor{{{Name: "Orrin", Kind: Place, Mentions: 1}}, {person("Orrin", 1)}, {person("Orrin", 2)}, {person("Orrin", 1)}},
		want: []Entry{{ID: "orrin", Name: "Orrin", Kind: Person, Stories: 4, Roles: []string{}}},
	}, {
		name: "two stories of a bare person do not",
		adds: [][]Actor{{{Name: "Orrin", Kind: Place, Mentions: 1}}, {person("Orrin", 1)}, {person("Orrin", 2)}},
		want: []Entry{{ID: "orrin", Name: "Orrin", Kind: Place, Stories: 3, Roles: []string{}}},
	}, {
		name: "bare person readings join the thing whatever the order",
		adds: [][]Actor{{person("Orrin", 1)}, {person("Orrin", 1), {Name: "Orrin", Kind: Org, Mentions: 2}}, {person("Orrin", 2)}},
		want: []Entry{{ID: "orrin-org", Name: "Orrin", Kind: Org, Stories: 3, Roles: []string{}}},
	}, {
		name: "a person with a title stays apart",
		adds: [][]Actor{{person("Orrin", 1, "Mr Orrin")}, {person("Orrin", 1, "Mr Orrin"), {Name: "Orrin", Kind: Org, Mentions: 2}}, {person("Orrin", 2)}},
		want: []Entry{
			{ID: "orrin", Name: "Orrin", Kind: Person, Stories: 3, Roles: []string{}},
			{ID: "orrin-org", Name: "Orrin", Kind: Org, Stories: 1, Roles: []string{}},
		},
	}, {
		name: "a surname read as a place",
		adds: [][]Actor{{person("Reyne", 1)}, {person("Tomas Reyne", 2)}, {{Name: "Reyne", Kind: Place, Mentions: 1}}},
		want: []Entry{
			{ID: "tomas-reyne", Name: "Tomas Reyne", Kind: Person, Stories: 2, Roles: []string{}},
			{ID: "reyne-place", Name: "Reyne", Kind: Place, Stories: 1, Roles: []string{}},
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewRegistry()
			for i, as := range tc.adds {
				r.Add(fmt.Sprint("s", i), as)
			}
			got := r.Ranked(0)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d entries %+v, want %d", len(got), got, len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.ID != w.ID || g.Name != w.Name || g.Kind != w.Kind || g.Stories != w.Stories || !slices.Equal(g.Roles, w.Roles) {
					t.Errorf("entry %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}
