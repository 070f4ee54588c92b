package link

import (
	"fmt"
	"math"
	"reflect"
	"testing"
)

// TestDroppedPostingsRebuilt makes a term common enough for its posting
// list to be dropped, removes stories until it is rare again, and checks
// that neighbours are those of a linker that only ever saw the rest.
func TestDroppedPostingsRebuilt(t *testing.T) {
	feats := func(i int) []Features {
		text := fmt.Sprintf("Quorvath harbour dredging resumed. Word%d and extra%d matter here.", i, i%7)
		return []Features{Featurize(ThreadDoc{ID: fmt.Sprintf("s%03d#1", i), Story: fmt.Sprintf("s%03d", i), Text: text})}
	}
	const n, removed = postingCap + 20, 40
	grown, fresh := New(), New()
	// Filler makes the archive large enough for the full cap to apply.
	for i := range 20 * postingCap {
		f := Featurize(ThreadDoc{ID: fmt.Sprintf("f%04d#1", i), Story: fmt.Sprintf("f%04d", i), Text: fmt.Sprintf("Filler%d text%d", i, i)})
		grown.Load(f, "")
		fresh.Load(f, "")
	}
	for i := range n {
		grown.Add(feats(i))
		if i >= removed {
			fresh.Add(feats(i))
		}
	}
	term := grown.termID[stem("dredging")]
	if grown.post[term] != nil {
		t.Fatalf("posting list of a term in %d threads kept", grown.df[term])
	}
	for i := range removed {
		grown.Remove(fmt.Sprintf("s%03d", i))
	}
	if grown.df[term] > grown.maxPosting() {
		t.Fatalf("df %d still above the limit %d", grown.df[term], grown.maxPosting())
	}
	ids := func(l *Linker, id string) map[string]float64 {
		out := map[string]float64{}
		for _, nb := range l.neighbours(l.mustSlot(t, id)) {
			out[l.threadID(nb.slot)] = nb.sim
		}
		return out
	}
	q := fmt.Sprintf("s%03d#1", n-1)
	got, want := ids(grown, q), ids(fresh, q)
	if len(want) == 0 {
		t.Fatal("no neighbours in the fresh linker")
	}
	if grown.post[term] == nil {
		t.Fatal("posting list not rebuilt")
	}
	if len(got) != len(want) {
		t.Fatalf("%d neighbours, want %d", len(got), len(want))
	}
	for id, s := range want {
		if math.Abs(got[id]-s) > 1e-9 {
			t.Errorf("%s: sim %v, want %v", id, got[id], s)
		}
	}
}

// TestVecCompaction removes most threads, so that the vector chunks are
// packed afresh, and checks that the threads left keep their features.
func TestVecCompaction(t *testing.T) {
	s := newSynth(5, 300)
	stories := s.stories(2400)
	l := New()
	for _, st := range stories {
		l.Add(st)
	}
	want := map[string]Features{}
	total := 0
	for i, st := range stories {
		for _, f := range st {
			total += len(f.Terms)
		}
		if i%4 != 0 {
			l.Remove(st[0].Story)
			continue
		}
		for _, f := range st {
			f.Title, f.Label = "", "" // not kept
			want[f.ID] = f
		}
	}
	if l.vecUsed >= total {
		t.Fatalf("%d terms held of %d added: never packed", l.vecUsed, total)
	}
	used := 0
	for _, s := range l.liveSlots() {
		used += int(l.node(s).vn)
		id := l.threadID(s)
		if got := l.features(s); !reflect.DeepEqual(got, want[id]) {
			t.Fatalf("%s: features\n%+v\nwant\n%+v", id, got, want[id])
		}
	}
	if used != l.vecUsed-l.vecDead || len(want) != l.Len() {
		t.Fatalf("%d live terms of %d threads held, want %d of %d", l.vecUsed-l.vecDead, l.Len(), used, len(want))
	}
}
