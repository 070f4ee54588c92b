package thread

import (
	"testing"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
)

func TestCastSetApart(t *testing.T) {
	ten := func(ents map[int][]string) [][]string {
		out := make([][]string, 10)
		for u, e := range ents {
			out[u] = e
		}
		return out
	}
	const p1, p2, p3 = "person:orla vance", "person:dai pritchard", "person:mina hollis"
	for _, c := range []struct {
		name string
		ents [][]string
		n    int
		mean float64
		a, b []int
		want bool
	}{
		{"two items, each its own main person", ten(map[int][]string{0: {p1}, 1: {p1}, 2: {p2, "organisation:kestrel town"}, 3: {p2}}), 10, 30, []int{0, 1}, []int{2, 3}, true},
		{"a person in common", ten(map[int][]string{0: {p1}, 1: {p1, p2}, 2: {p2}, 3: {p2}}), 10, 30, []int{0, 1}, []int{2, 3}, false},
		{"main person not in the first paragraph", ten(map[int][]string{0: {p1}, 1: {p1}, 3: {p2}, 4: {p2}}), 10, 30, []int{0, 1}, []int{2, 3, 4}, false},
		{"a body in common does not tie", ten(map[int][]string{0: {p1, "organisation:kestrel town"}, 1: {p1}, 2: {p3, "organisation:kestrel town"}, 3: {p3}}), 10, 30, []int{0, 1}, []int{2, 3}, true},
		{"one paragraph is no item", ten(map[int][]string{0: {p1}, 1: {p1}, 2: {p2}}), 10, 30, []int{0, 1}, []int{2}, false},
		{"a short story", ten(map[int][]string{0: {p1}, 1: {p1}, 2: {p2}, 3: {p2}}), 8, 30, []int{0, 1}, []int{2, 3}, false},
		{"a sentence a line", ten(map[int][]string{0: {p1}, 1: {p1}, 2: {p2}, 3: {p2}}), 10, 15, []int{0, 1}, []int{2, 3}, false},
	} {
		cs := newCastSet(c.ents[:c.n], c.n, c.mean*float64(c.n))
		if got := cs.apart(c.a, c.b); got != c.want {
			t.Errorf("%s: apart = %v, want %v", c.name, got, c.want)
		}
	}
}

// castColumn is an invented sports diary: three items, each about its
// own player, the first two both set at one club.
var castColumn = []string{
	"Rhodri Penhallow has finally been given his own parking space at Kestrel Town, three seasons after he first asked the groundsman for one near the stand.",
	"Penhallow, who walks his two spaniels to training most mornings, said the space was mainly for the dogs, who have never liked the bus from the station.",
	"The groundsman is said to have painted the letters of the name himself, and spelt them correctly at only the second attempt on a wet Tuesday.",
	"Kestrel Town fans have a new favourite in goalkeeper Ines Calloway, who spent her day off last week helping a primary school in the valley paint its fence.",
	"Calloway turned up with three brushes and a flask of tea, and stayed until the last panel was done, long after the teachers had gone back inside.",
	"The head teacher said the children had voted to name the school's new rabbit after her, which the keeper described as the best honour of her career.",
	"Former striker Lyle Ashcombe has taken up beekeeping in retirement and now keeps eleven hives on the allotment behind his house in the hills above Calder.",
	"Ashcombe sells the honey at the farmers' market on Saturdays, where regulars say he still celebrates every sale as if he had scored in a cup final.",
	"His wife, who bought him the first hive as a joke for his birthday, says the bees have taken over the garden shed and most of the kitchen table.",
	"A jar of the first harvest was auctioned for charity last month and fetched more than the striker's signed shirt from his final season at the club.",
}

func TestCastApartSplitsColumn(t *testing.T) {
	paras := make([]article.Paragraph, len(castColumn))
	for i, p := range castColumn {
		paras[i] = article.Paragraph{Text: p}
	}
	actors := actor.Extract(paras)
	units := castColumn
	ents := make([][]string, len(units))
	for _, a := range actors {
		for _, p := range a.Paragraphs {
			ents[p] = append(ents[p], actor.Key(a))
		}
	}
	thread := func(o Options) []int {
		o.Entities = ents
		return SegmentUnits(units, o)
	}
	got := thread(Options{})
	for _, item := range [][2]int{{0, 3}, {3, 6}, {6, 10}} {
		for u := item[0] + 1; u < item[1]; u++ {
			if got[u] != got[item[0]] {
				t.Errorf("item at %d split: %v", item[0], got)
			}
		}
	}
	if got[0] == got[3] || got[3] == got[6] {
		t.Errorf("items fused: %v", got)
	}
	t.Logf("with the rule %v, without %v", got, thread(Options{CastApart: -1}))
}
