package thread

import (
	"strings"
	"testing"
)

// TestRoundupEvidence checks which openings make a story a round-up.
func TestRoundupEvidence(t *testing.T) {
	cases := []struct {
		name  string
		heads []bool
		items []bool
		sz    sizing
		o     Options
		marks bool
		want  bool
	}{
		{"nothing", []bool{false, false, false}, nil, sizing{}, Options{}, false, false},
		{"one market item", nil, []bool{false, true, false}, sizing{}, Options{}, false, false},
		{"two market items", nil, []bool{false, true, true}, sizing{}, Options{}, true, true},
		{"one sub-head", []bool{true, false, false}, nil, sizing{}, Options{}, false, false},
		{"two sub-heads", []bool{true, false, true, false, true, false}, nil, sizing{}, Options{}, false, true},
		{"a title and a dateline", []bool{true, false, true, false, false}, nil, sizing{}, Options{}, false, false},
		{"a title and a sub-head", []bool{true, false, false, true, false}, nil, sizing{}, Options{}, false, true},
		{"a closing short line only", []bool{false, false, true}, nil, sizing{}, Options{}, false, false},
		{"cue runs", nil, nil, sizing{runs: []int{0, 1, 2}}, Options{}, true, true},
		{"leads", nil, nil, sizing{leads: []bool{true, false, true}}, Options{}, false, true},
		{"leads are no mark", nil, nil, sizing{leads: []bool{true, false, true}}, Options{}, true, false},
		{"bullets", nil, nil, sizing{bullets: []bool{false, true, true}}, Options{}, false, true},
		{"sentence units", []bool{true, false}, nil, sizing{}, Options{Sentences: true}, false, false},
		{"cues off", []bool{true, false}, nil, sizing{}, Options{NoCues: true}, false, false},
	}
	for _, c := range cases {
		if got := roundupEvidence(c.heads, c.items, c.sz, c.o, c.marks); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

// shortRoundup is an invented news round-up of under 300 words whose
// three matters share their council.
const shortRoundup = `Harwick council has approved plans for a new bus depot on the edge of the Marsh Lane estate, despite objections from residents.
The depot will house forty electric buses and open next spring, the council said.
Meanwhile, Harwick council has been told to repay £2 million in parking fines after a tribunal found its camera signs were too small to read.
Drivers who paid fines between 2021 and 2023 can now apply for a refund online.
Meanwhile, the council's leader, Anya Brook, has announced she will stand down in May after eleven years in the post.
She said she wanted to spend more time with her family and thanked staff for their work.`

// TestShortRoundupNotFolded checks that a short round-up announced by
// its cues keeps its matters apart.
func TestShortRoundupNotFolded(t *testing.T) {
	units := strings.Split(shortRoundup, "\n")
	count := func(ids []int) int {
		m := map[int]bool{}
		for _, id := range ids {
			m[id] = true
		}
		return len(m)
	}
	eased, folded := SegmentUnits(units, Options{}), SegmentUnits(units, Options{RoundupEase: -1})
	if count(eased) < 3 {
		t.Errorf("eased: %v, want 3 threads or more", eased)
	}
	if count(folded) > count(eased) {
		t.Errorf("without the ease: %v, more threads than eased %v", folded, eased)
	}
}

// TestManyFresh checks when new subjects make a story a round-up.
func TestManyFresh(t *testing.T) {
	f, T := false, true
	cases := []struct {
		fresh []bool
		k     int
		want  bool
	}{
		{nil, 4, false},
		{[]bool{f, T, f, T, f, T, f, T}, 4, true},
		{[]bool{f, T, f, T, f, T, f, f}, 4, false},                // three
		{[]bool{f, T, f, T, f, T, f, T, f, f, f, f, f}, 4, false}, // under a third
		{[]bool{f, T, f, T, f, T}, 3, true},
	}
	for i, c := range cases {
		if got := manyFresh(c.fresh, c.k); got != c.want {
			t.Errorf("case %d: got %v, want %v", i, got, c.want)
		}
	}
}
