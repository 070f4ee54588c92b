package link

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

// TestNodeRoundTrip checks that what a node keeps of a thread — its id
// (whether or not it reads "<story>#<n>"), story, publication date with
// its zone's offset and year, and actors — comes back as it went in, and
// that the thread is found by its id.
func TestNodeRoundTrip(t *testing.T) {
	east := time.FixedZone("EAST", 3600)
	tests := []struct {
		name      string
		id, story string
		published time.Time
	}{
		{"numbered, UTC", "s1#2", "s1", time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)},
		{"no number", "plain", "plain", time.Time{}},
		{"number with a zero", "s2#01", "s2", time.Time{}},
		{"story id with a hash", "a#b#3", "a#b", time.Time{}},
		{"id of another story", "s3#1", "s4", time.Time{}},
		{"offset across new year", "s5#1", "s5", time.Date(2025, 1, 1, 0, 30, 0, 5, east)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := New()
			in := Featurize(ThreadDoc{ID: tc.id, Story: tc.story, Published: tc.published,
				Text: "Harbour cranes idle at Quorvath as dockers strike.", Actors: []string{"person:ana vellor", "org:quorvath port"}})
			l.Add([]Features{in})
			got := l.features(l.mustSlot(t, tc.id))
			if got.ID != tc.id || got.Story != tc.story {
				t.Errorf("id %q story %q, want %q %q", got.ID, got.Story, tc.id, tc.story)
			}
			_, wantOff := tc.published.Zone()
			_, gotOff := got.Published.Zone()
			if !got.Published.Equal(tc.published) || gotOff != wantOff || got.Published.Year() != tc.published.Year() {
				t.Errorf("published %v, want %v", got.Published, tc.published)
			}
			if len(got.Actors) != 2 || got.Actors[0] != "org:quorvath port" {
				t.Errorf("actors %q", got.Actors)
			}
			if l.ArcOf(tc.id) == "" {
				t.Errorf("no arc for %s", tc.id)
			}
			// Re-adding the id replaces the thread.
			l.Add([]Features{in})
			l.Remove(tc.story)
			if l.Len() != 0 || l.ArcOf(tc.id) != "" || len(l.oddIDs) != 0 || len(l.oddSlots) != 0 {
				t.Errorf("after remove: %d threads, arc %q, %d odd ids", l.Len(), l.ArcOf(tc.id), len(l.oddIDs))
			}
		})
	}
}

// TestWeightTables gives threads more distinct weights than one weight
// table holds and checks that every weight comes back exact.
func TestWeightTables(t *testing.T) {
	const threads, terms = 1700, 40 // 68,000 distinct weights
	l := New()
	var fs []Features
	for i := range threads {
		f := Features{ID: fmt.Sprintf("s%d#1", i), Story: fmt.Sprintf("s%d", i)}
		for j := range terms {
			f.Terms = append(f.Terms, TermWeight{Term: fmt.Sprintf("t%02d", j), Weight: 1 + float32(i*terms+j)/1024})
		}
		fs = append(fs, f)
		l.Load(f, "")
	}
	if len(l.wtabs) < 2 {
		t.Fatalf("%d weight tables, want 2 or more", len(l.wtabs))
	}
	for _, f := range fs {
		if got := l.features(l.mustSlot(t, f.ID)); !reflect.DeepEqual(got.Terms, f.Terms) {
			t.Fatalf("%s: terms %v, want %v", f.ID, got.Terms, f.Terms)
		}
	}
}
