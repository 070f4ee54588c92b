package actor

import (
	"encoding/json"
	"math"
	"math/rand"
	"reflect"
	"slices"
	"strconv"
	"testing"
)

// randomActors draws a story's actors from a small pool of invented
// names, spellings, titles, roles and aliases, so that entries merge,
// collide and tie often.
func randomActors(rng *rand.Rand) []Actor {
	first := []string{"Ada", "Omar", "Lena", "Priya", "ADA"}
	last := []string{"Kell", "Lind", "Marsh", "Vance", "Kéll"}
	roles := []string{"Health Secretary", "health secretary", "MP", "Mayor", "mayor", "Chair"}
	aliases := []string{"Ms Kell", "ms kell", "Dame Ada", "the mayor", "Mr Lind", "Kell"}
	affils := []string{"", "", "Labour", "Green", "Harvest Foods"}
	kinds := []string{Person, Person, Person, Org, Place, ""}
	pick := func(s []string) string { return s[rng.Intn(len(s))] }
	var out []Actor
	for i := rng.Intn(6); i > 0; i-- {
		var name string
		switch rng.Intn(6) {
		case 0, 1:
			name = pick(first) + " " + pick(last)
		case 2:
			name = pick(last)
		case 3:
			name = "Lord " + pick(last)
		case 4:
			name = pick([]string{"Lady ", "Mr ", "Dr. ", " ", "Baroness "}) + pick(first) + "  " + pick(last)
		default:
			name = pick([]string{"", " ", "Lady Kell", "Baroness Lind", "Kell.", "."})
		}
		a := Actor{Name: name, Kind: pick(kinds), Mentions: []int{0, 1, 2, 3, 1 << 40, math.MinInt32, -5}[rng.Intn(7)], Affiliation: pick(affils)}
		for j := rng.Intn(3); j > 0; j-- {
			a.Roles = append(a.Roles, pick(roles))
		}
		for j := rng.Intn(3); j > 0; j-- {
			a.Aliases = append(a.Aliases, pick(aliases))
		}
		out = append(out, a)
	}
	return out
}

// TestRegistryRandom adds, replaces and removes random stories and checks
// what must hold whatever merged with what: each entry's stories are
// stories still there that name it, every named actor of a story is in
// an entry, entries are found by their IDs, and a JSON round trip keeps
// everything.
func TestRegistryRandom(t *testing.T) {
	for seed := int64(1); seed <= 200; seed++ {
		rng := rand.New(rand.NewSource(seed))
		r := NewRegistry()
		stories := map[string][]Actor{}
		for step := 0; step < 40; step++ {
			sid := "s" + strconv.Itoa(rng.Intn(20))
			if rng.Intn(5) == 0 {
				r.Remove(sid)
				delete(stories, sid)
			} else {
				stories[sid] = randomActors(rng)
				r.Add(sid, stories[sid])
			}
		}
		ranked := r.Ranked(0)
		if len(ranked) != r.Len() {
			t.Fatalf("seed %d: %d ranked, Len %d", seed, len(ranked), r.Len())
		}
		// Which entries each story's actors went to.
		named := map[string]map[string]bool{} // entry ID → stories
		for sid, as := range stories {
			for _, a := range as {
				if a.Name == "" {
					continue
				}
				id, ok := r.EntryOf(sid, a)
				if !ok {
					t.Fatalf("seed %d: %s's %q is in no entry", seed, sid, a.Name)
				}
				if named[id] == nil {
					named[id] = map[string]bool{}
				}
				named[id][sid] = true
			}
		}
		for _, e := range ranked {
			got := r.StoriesOf(e.ID)
			if len(got) != e.Stories || !slices.IsSorted(got) {
				t.Fatalf("seed %d: %s has %d stories, StoriesOf gives %v", seed, e.ID, e.Stories, got)
			}
			for _, sid := range got {
				if _, there := stories[sid]; !there {
					t.Fatalf("seed %d: %s lists story %s, which was removed", seed, e.ID, sid)
				}
			}
			if l, ok := r.Lookup(e.ID); !ok || !reflect.DeepEqual(l, e) {
				t.Fatalf("seed %d: Lookup(%s) = %+v, want %+v", seed, e.ID, l, e)
			}
			// EntryOf picks one entry for an actor spelled as in another,
			// so an entry can hold stories EntryOf gives to a namesake.
			for sid := range named[e.ID] {
				if !slices.Contains(got, sid) {
					t.Fatalf("seed %d: %s names %s, which does not list it", seed, sid, e.ID)
				}
			}
		}
		if !reflect.DeepEqual(roundTrip(t, r).Ranked(0), ranked) {
			t.Fatalf("seed %d: JSON round trip changed the registry", seed)
		}
	}
}

// roundTrip returns a registry decoded from r's JSON.
func roundTrip(t *testing.T, r *Registry) *Registry {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	back := NewRegistry()
	if err := json.Unmarshal(b, back); err != nil {
		t.Fatal(err)
	}
	return back
}
