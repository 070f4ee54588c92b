package link

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// addAll adds stories one at a time and returns every assignment reported.
func addAll(l *Linker, stories ...story) map[string]string {
	out := map[string]string{}
	for _, s := range stories {
		maps.Copy(out, l.Add(s.features()))
	}
	return out
}

// corpus is every fixture story.
func corpus() []story {
	all := slices.Concat(bridge, rehab, quakes, budget)
	return append(all, roundup)
}

// byDate orders stories as Relink replays them: date, then id (undated
// first).
func byDate(ss []story) []story {
	out := slices.Clone(ss)
	slices.SortFunc(out, func(a, b story) int {
		if a.day != b.day {
			return a.day - b.day
		}
		return strings.Compare(a.id, b.id)
	})
	return out
}

func TestArcs(t *testing.T) {
	l := New()
	addAll(l, corpus()...)
	tests := []struct {
		name     string
		together []string // threads that must share an arc
		apart    []string // threads that must each be in a different arc
	}{
		{"bridge across a week", []string{"br1#1", "br2#1", "br3#1", "br4#1", "ru1#1"}, nil},
		{"singer follow-up", []string{"rh1#1", "rh2#1"}, nil},
		{"actor follow-up", []string{"rh3#1", "rh4#1"}, nil},
		{"two rehab stays", nil, []string{"rh1#1", "rh3#1"}},
		{"Keldan quake", []string{"eq1#1", "eq2#1"}, nil},
		{"Mirasol quake", []string{"eq3#1", "eq4#1"}, nil},
		{"two earthquakes", nil, []string{"eq1#1", "eq3#1"}},
		{"budget thread of the round-up", []string{"bu1#1", "ru1#2"}, nil},
		{"round-up threads", nil, []string{"ru1#1", "ru1#2"}},
		{"unrelated matters", nil, []string{"br1#1", "rh1#1", "eq1#1", "bu1#1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, id := range tc.together[min(1, len(tc.together)):] {
				if a, b := l.ArcOf(tc.together[0]), l.ArcOf(id); a == "" || a != b {
					t.Errorf("%s in %q, %s in %q: want one arc", tc.together[0], a, id, b)
				}
			}
			seen := map[string]string{}
			for _, id := range tc.apart {
				a := l.ArcOf(id)
				if other, ok := seen[a]; ok {
					t.Errorf("%s and %s share arc %s", other, id, a)
				}
				seen[a] = id
			}
		})
	}
}

func TestArcListing(t *testing.T) {
	l := New()
	addAll(l, corpus()...)
	arcs := l.Arcs()
	if l.ArcSize("no such arc") != 0 {
		t.Error("ArcSize of an unknown arc should be 0")
	}
	var br *Arc
	for i := range arcs {
		if slices.Contains(arcs[i].Threads, "br1#1") {
			br = &arcs[i]
		}
		if len(arcs[i].Threads) < 2 {
			t.Errorf("arc %s listed with %d thread", arcs[i].ID, len(arcs[i].Threads))
		}
		if n := l.ArcSize(arcs[i].ID); n != len(arcs[i].Threads) {
			t.Errorf("ArcSize(%s) = %d, want %d", arcs[i].ID, n, len(arcs[i].Threads))
		}
		if i > 0 && arcs[i].Last.After(arcs[i-1].Last) {
			t.Errorf("arcs not newest first at %d", i)
		}
	}
	if br == nil {
		t.Fatal("no bridge arc")
	}
	want := []string{"br1#1", "br2#1", "br3#1", "ru1#1", "br4#1"}
	if !slices.Equal(br.Threads, want) {
		t.Errorf("bridge threads %v, want %v (date order)", br.Threads, want)
	}
	if br.First.Day() != 1 || br.Last.Day() != 8 {
		t.Errorf("bridge spans %v–%v", br.First, br.Last)
	}
	words := len(strings.Fields(strings.ReplaceAll(br.Label, "·", "")))
	if words < 2 || words > 5 {
		t.Errorf("label %q: want 2–5 words", br.Label)
	}
	low := strings.ToLower(br.Label)
	if !strings.Contains(low, "vessel street") && !strings.Contains(low, "mara quist") && !strings.Contains(low, "girder") {
		t.Errorf("label %q does not name the matter", br.Label)
	}
}

func TestIncrementalEqualsRelink(t *testing.T) {
	inc := New()
	addAll(inc, byDate(corpus())...)
	want := map[string]string{}
	for _, s := range corpus() {
		for i := range s.threads {
			id := s.doc(i + 1).ID
			want[id] = inc.ArcOf(id)
		}
	}
	// A linker fed in another order, then relinked, has the clusters of
	// the one fed in date order (its ids are its own: old ids are kept).
	other := New()
	rev := byDate(corpus())
	slices.Reverse(rev)
	addAll(other, rev...)
	if got := other.Relink(); !samePartition(got, want) {
		t.Errorf("relink after reverse-order import:\n got %v\nwant %v", got, want)
	}
	if got := inc.Relink(); !maps.Equal(got, want) {
		t.Errorf("relink changed a date-order import:\n got %v\nwant %v", got, want)
	}
}

func TestLoadThenAdd(t *testing.T) {
	all := byDate(corpus())
	last := all[len(all)-1]
	orig := New()
	addAll(orig, all[:len(all)-1]...)
	// Restore a second linker from features and arcs, as the store does.
	restored := New()
	for _, s := range all[:len(all)-1] {
		for _, f := range s.features() {
			restored.Load(f, orig.ArcOf(f.ID))
		}
	}
	a, b := orig.Add(last.features()), restored.Add(last.features())
	if !maps.Equal(a, b) {
		t.Errorf("add after load %v, want %v", b, a)
	}
}

func TestArcIDsStable(t *testing.T) {
	l := New()
	addAll(l, bridge[:2]...)
	id := l.ArcOf("br1#1")
	if id == "" || l.ArcOf("br2#1") != id {
		t.Fatalf("bridge not linked: %q %q", id, l.ArcOf("br2#1"))
	}
	// Unrelated stories report only their own threads and move nothing.
	got := addAll(l, rehab...)
	for th := range got {
		if !strings.HasPrefix(th, "rh") {
			t.Errorf("adding rehab stories reassigned %s", th)
		}
	}
	// A follow-up joins under the same id.
	got = addAll(l, bridge[2])
	if got["br3#1"] != id || len(got) != 1 {
		t.Errorf("follow-up got %v, want only br3#1 → %s", got, id)
	}
	// Removing the founding story keeps the arc's id for the rest.
	l.Remove("br1")
	if l.ArcOf("br1#1") != "" || l.ArcOf("br2#1") != id {
		t.Errorf("after remove: br1 %q br2 %q, want \"\" and %s", l.ArcOf("br1#1"), l.ArcOf("br2#1"), id)
	}
	// A relink that changes no membership keeps every id.
	before := map[string]string{}
	for _, th := range []string{"br2#1", "br3#1", "rh1#1", "rh2#1", "rh3#1", "rh4#1"} {
		before[th] = l.ArcOf(th)
	}
	if got := l.Relink(); !maps.Equal(got, before) {
		t.Errorf("relink renamed arcs: %v, want %v", got, before)
	}
}

func TestMergeKeepsOlderID(t *testing.T) {
	l := New()
	a, b := l.newArc("newer"), l.newArc("older")
	f1 := Featurize(bridge[3].doc(1))
	f0 := Featurize(bridge[0].doc(1))
	a.add(l, l.insert(f1))
	b.add(l, l.insert(f0))
	out := map[string]string{}
	keep := l.merge(a, b, out)
	if keep.id != "older" || l.ArcOf(f1.ID) != "older" || out[f1.ID] != "older" || l.arcs["newer"] != nil {
		t.Errorf("merge kept %q, changes %v", keep.id, out)
	}
}

// samePartition reports whether two thread→arc maps group the same threads
// together, whatever the arc ids.
func samePartition(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	ab, ba := map[string]string{}, map[string]string{}
	for th, x := range a {
		y, ok := b[th]
		if !ok {
			return false
		}
		if v, seen := ab[x]; seen && v != y {
			return false
		}
		if v, seen := ba[y]; seen && v != x {
			return false
		}
		ab[x], ba[y] = y, x
	}
	return true
}

func TestOrderRobust(t *testing.T) {
	ref := New()
	addAll(ref, byDate(corpus())...)
	want := ref.Relink()
	orders := map[string][]story{"reverse": byDate(corpus()), "by id": slices.Clone(corpus()), "interleaved": nil}
	slices.Reverse(orders["reverse"])
	slices.SortFunc(orders["by id"], func(a, b story) int { return strings.Compare(a.id, b.id) })
	c := byDate(corpus())
	for i := range c {
		if i%2 == 0 {
			orders["interleaved"] = append(orders["interleaved"], c[i/2])
		} else {
			orders["interleaved"] = append(orders["interleaved"], c[len(c)-1-i/2])
		}
	}
	for name, order := range orders {
		t.Run(name, func(t *testing.T) {
			l := New()
			addAll(l, order...)
			got := map[string]string{}
			for th := range want {
				got[th] = l.ArcOf(th)
			}
			if !samePartition(got, want) {
				t.Errorf("arcs %v, want the grouping of %v", got, want)
			}
		})
	}
}

func TestReclusterUndoesEarlyJoin(t *testing.T) {
	// Restore an archive where the two earthquakes were wrongly put in
	// one arc; the next Mirasol story reclusters that region and splits
	// them, reporting the threads that moved.
	l := New()
	for _, s := range quakes[:3] {
		for _, f := range s.features() {
			l.Load(f, "wrong")
		}
	}
	got := l.Add(quakes[3].features())
	if l.ArcOf("eq1#1") == l.ArcOf("eq3#1") {
		t.Errorf("Keldan and Mirasol quakes still share arc %s", l.ArcOf("eq1#1"))
	}
	if l.ArcOf("eq3#1") != l.ArcOf("eq4#1") || l.ArcOf("eq1#1") != l.ArcOf("eq2#1") {
		t.Errorf("arcs: eq1 %s eq2 %s eq3 %s eq4 %s", l.ArcOf("eq1#1"), l.ArcOf("eq2#1"), l.ArcOf("eq3#1"), l.ArcOf("eq4#1"))
	}
	// "wrong" held eq1, eq2 and eq3: the Keldan pair keeps its id, and
	// eq3 is reported as moved.
	if l.ArcOf("eq1#1") != "wrong" || got["eq3#1"] == "" || got["eq3#1"] == "wrong" || got["eq4#1"] != got["eq3#1"] {
		t.Errorf("changes %v", got)
	}
}

// TestOneStoryArcIsNoStoryline checks that two threads of one story the
// linker puts together (a story split too finely) make no storyline:
// Arcs leaves them out and IsStoryline says no, while an arc over two
// stories is one.
func TestOneStoryArcIsNoStoryline(t *testing.T) {
	split := story{id: "sp1", title: "Harbour ferry fares to rise by a fifth", day: 3, threads: []string{
		"Bluewake Ferries will raise harbour ferry fares by a fifth from January, the operator said.",
		"Bluewake Ferries blamed fuel costs for the rise in harbour ferry fares, which a fifth of islanders pay daily.",
	}}
	l := New()
	addAll(l, split)
	arc := l.ArcOf("sp1#1")
	if arc == "" || l.ArcOf("sp1#2") != arc {
		t.Fatalf("fixture: the two threads should share an arc (got %q and %q)", arc, l.ArcOf("sp1#2"))
	}
	if l.IsStoryline(arc) {
		t.Errorf("an arc of one story's threads is a storyline")
	}
	if n := len(l.Arcs()); n != 0 {
		t.Errorf("Arcs lists %d arcs of one story", n)
	}
	addAll(l, story{id: "sp2", title: "Islanders protest at ferry fares rise", day: 4, threads: []string{
		"Islanders protested at the harbour as Bluewake Ferries confirmed ferry fares would rise by a fifth.",
	}})
	if arc := l.ArcOf("sp2#1"); arc == "" || arc != l.ArcOf("sp1#1") || !l.IsStoryline(arc) {
		t.Errorf("a second story's thread should join the arc and make it a storyline (arcs %q, %q)", arc, l.ArcOf("sp1#1"))
	}
}
