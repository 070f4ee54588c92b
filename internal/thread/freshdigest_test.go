package thread

import (
	"slices"
	"testing"
)

func TestFreshDigest(t *testing.T) {
	tests := []struct {
		name  string
		fresh []bool
		want  bool
	}{
		{"no fresh lead", nil, false},
		{"one fresh lead: a further event of one report", []bool{false, false, true, false}, false},
		{"two fresh leads: a digest of reports", []bool{false, true, false, true}, true},
		{"three fresh leads", []bool{false, true, true, true}, true},
	}
	for _, tc := range tests {
		if got := freshDigest(tc.fresh); got != tc.want {
			t.Errorf("%s: freshDigest = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// briefsPiece is an invented short digest: a report on a bridge, then
// two one-paragraph briefs, each told as a news lead naming what no
// paragraph before it named.
var briefsPiece = []string{
	"The Carrow footbridge is to close for six months from March while its deck is replaced, the county council has said.",
	"Walkers who use the footbridge will be sent on a two-mile detour through the Fenley estate while the deck is closed.",
	"Councillor Rhoda Vane said the footbridge deck had rotted far faster than engineers had expected.",
	"A second-hand bookshop in Ashgill has been named the best independent shop in the north after a public vote.",
	"Lifeboat volunteers at Portmoor have rescued two kayakers who were swept out to sea by a strong offshore wind.",
}

var briefsActors = [][]string{
	{"place:carrow"}, {"place:fenley"}, {"person:rhoda vane"}, {"place:ashgill"}, {"place:portmoor"},
}

// TestFreshDigestSplit: in a digest of reports each brief told as a
// fresh lead stands alone; the fragment pull does not fold it into the
// report before it.
func TestFreshDigestSplit(t *testing.T) {
	toks := tokenizeAll(briefsPiece)
	vs, _, _ := unitVectors(toks, Options{}.withDefaults())
	fresh, _ := freshLeads(briefsPiece, toks, vs, briefsActors)
	if !freshDigest(fresh) {
		t.Fatalf("fresh leads %v: not a digest", fresh)
	}
	got := SegmentUnits(briefsPiece, Options{Entities: briefsActors})
	if got[3] == got[2] || got[4] == got[3] {
		t.Errorf("briefs folded together: %v", got)
	}
	if !slices.Equal(got[:3], []int{got[0], got[0], got[0]}) {
		t.Errorf("the bridge report split: %v", got)
	}
}
