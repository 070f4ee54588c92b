package actor

import (
	"slices"
	"testing"
)

// TestGlueCut checks that a score before a competition and a preposition
// or an article opening the sentence are cut off a name when the rest is
// a name of its own, and that titles opening with such a word keep it.
func TestGlueCut(t *testing.T) {
	fakeLexicon(t)
	stubKnown(t, "Velmora", []string{"LOC"})
	tagged := map[string]string{"2-1 Tarrow Cup": "MISC", "4-0 Tarrow Cup": "MISC",
		"In the Orbis Trophy": "ORG", "Orbis Trophy": "ORG",
		"In Quiet Harbour": "MISC", "Like Paper Kites": "MISC", "Paper Kites": "MISC",
		"A Brackley Office": "ORG", "Brackley Office": "ORG", "Against Velmora": "LOC",
		"Against Dunmore": "ORG", "A Room For Ghosts": "MISC", "Room For Ghosts": "MISC"}
	tests := []struct {
		paras []string
		want  []string // names that must be actors
		not   []string // names that must not
	}{
		{[]string{"Kelso reached the final with a 2-1 Tarrow Cup win."}, []string{"Tarrow Cup"}, []string{"2-1 Tarrow Cup"}},
		{[]string{"The 4-0 Tarrow Cup defeat still hurts."}, []string{"Tarrow Cup"}, []string{"4-0 Tarrow Cup"}},
		{[]string{"\"In the Orbis Trophy all four sides can still go through,\" he said.", "The Orbis Trophy draw is on Monday."},
			[]string{"Orbis Trophy"}, []string{"In the Orbis Trophy"}},
		{[]string{"In Quiet Harbour topped the box office this week."}, []string{"In Quiet Harbour"}, []string{"Quiet Harbour"}},
		{[]string{"Fans bought Like Paper Kites in their thousands.", "Like Paper Kites, from her second album, samples the 1980s hit Paper Kites."},
			[]string{"Like Paper Kites"}, nil},
		{[]string{"A Brackley Office spokesman said the rules were clear.", "The Brackley Office declined to comment."},
			[]string{"Brackley Office"}, []string{"A Brackley Office"}},
		{[]string{"\"Against Velmora we played well for an hour,\" the coach said."}, []string{"Velmora"}, []string{"Against Velmora"}},
		{[]string{"Against Dunmore they were poor."}, []string{"Against Dunmore"}, []string{"Dunmore"}},
		{[]string{"A Room For Ghosts is the best play of the year.", "Critics loved Room For Ghosts."},
			[]string{"A Room For Ghosts"}, nil},
	}
	for _, tt := range tests {
		got := ExtractWith(paras(tt.paras...), fakeNER(tagged))
		expectNames(t, tt.paras, got, tt.want, tt.not)
	}
}

// expectNames fails t unless every name of want is an actor of got and
// no name of not is; label says which input gave got.
func expectNames(t *testing.T, label any, got []Actor, want, not []string) {
	t.Helper()
	names := make([]string, len(got))
	for i, a := range got {
		names[i] = a.Name
	}
	for _, n := range want {
		if !slices.Contains(names, n) {
			t.Errorf("%q: no actor %q; actors %s", label, n, summary(got))
		}
	}
	for _, n := range not {
		if slices.Contains(names, n) {
			t.Errorf("%q: actor %q; actors %s", label, n, summary(got))
		}
	}
}
