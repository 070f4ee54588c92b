package link

import (
	"fmt"
	"testing"
)

// TestStoryTable adds and removes many stories, so that the hash grows,
// loses its dead marks and the ids are packed, and checks every look-up.
func TestStoryTable(t *testing.T) {
	tab := newStoryTable()
	held := map[string]int32{}
	add := func(i int) {
		id := fmt.Sprintf("story-%d", i)
		si := tab.add(id)
		tab.sts[si].n = 1 // a story is held with threads
		held[id] = si
	}
	for i := range 20000 {
		add(i)
	}
	for i := range 20000 {
		if id := fmt.Sprintf("story-%d", i); i%6 != 0 {
			tab.remove(held[id])
			delete(held, id)
		}
	}
	for i := range 3000 {
		add(i*6 + 1) // ids removed above
		add(20000 + i)
	}
	for i := range 23000 {
		id := fmt.Sprintf("story-%d", i)
		si, ok := tab.lookup(id)
		want, in := held[id]
		switch {
		case ok != in:
			t.Fatalf("%s: found %v, held %v", id, ok, in)
		case ok && (si != want || string(tab.id(si)) != id):
			t.Fatalf("%s: index %d (%q), want %d", id, si, tab.id(si), want)
		}
	}
	if 2*tab.dead > len(tab.text) {
		t.Errorf("%d dead bytes of %d: never packed", tab.dead, len(tab.text))
	}
}
