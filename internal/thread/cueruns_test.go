package thread

import (
	"slices"
	"testing"
)

func TestCueRuns(t *testing.T) {
	const o, N, B = noCue, newMatter, goesBack
	tests := []struct {
		name     string
		kinds    []cueKind
		minCues  int
		wantRuns []int
		wantBack []bool
		wantCues int
	}{
		{"two cues open two runs", []cueKind{o, o, N, o, N, o}, 2, []int{0, 0, 1, 1, 2, 2}, []bool{false, false, false}, 2},
		{"too few cues: not a round-up", []cueKind{o, o, N, o, o}, 2, nil, nil, 0},
		{"one cue is enough when asked", []cueKind{o, N, o}, 1, []int{0, 1, 1}, []bool{false, false}, 1},
		{"a cue on the first unit opens nothing", []cueKind{N, o, N, o}, 2, nil, nil, 0},
		{"cues in a row", []cueKind{o, N, N}, 2, []int{0, 1, 2}, []bool{false, false, false}, 2},
		{"going back opens a run but is no new matter", []cueKind{o, N, o, B, o, N}, 2, []int{0, 1, 1, 2, 2, 3}, []bool{false, false, true, false}, 2},
		{"going back alone makes no round-up", []cueKind{o, N, B, B}, 2, nil, nil, 0},
		{"no cues at all, even asked for none", []cueKind{o, o}, 0, nil, nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			runs, back, cues := cueRuns(tc.kinds, tc.minCues)
			if !slices.Equal(runs, tc.wantRuns) || !slices.Equal(back, tc.wantBack) || cues != tc.wantCues {
				t.Errorf("cueRuns = %v, %v, %d; want %v, %v, %d", runs, back, cues, tc.wantRuns, tc.wantBack, tc.wantCues)
			}
		})
	}
}

func TestOpensNewMatter(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Meanwhile, the council is pressing ahead with its plans.", true},
		{"It comes as figures showed waiting lists had grown.", true},
		{"'Elsewhere, shares in Tarn rose.", true},
		{"Back to Dorset, where the operator insisted it had followed every rule.", false},
		{"Back in Westminster, rebels said they would press on.", false},
		{"Back in January the house was targeted by protesters.", false},
		{"The council meanwhile said nothing.", false},
		{"Meanwhiles are not a word.", false},
		{"Finally, a word for the choir of St Ives, who sang in the rain.", true},
		{"And finally: a retired postman has knitted a scarf a mile long.", true},
		{"The talks finally ended at midnight.", false},
		{"Finalists were named on Monday.", false},
	}
	for _, tc := range tests {
		if got := opensNewMatter(tc.text); got != tc.want {
			t.Errorf("opensNewMatter(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if got := cueOpening(tc.text, opensShift(tc.text)) == newMatter; got != tc.want {
			t.Errorf("cueOpening(%q) new matter: %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestRunSet(t *testing.T) {
	set := func(rs ...int) runSet {
		var s runSet
		for _, r := range rs {
			s = s.add(r)
		}
		return s
	}
	tests := []struct {
		name string
		a, b runSet
		want bool
	}{
		{"shared run", set(0, 3), set(3), true},
		{"disjoint", set(0, 1), set(2, 5), false},
		{"beyond one word", set(70), set(1, 70), true},
		{"different words", set(1), set(65), false},
		{"empty", nil, set(0), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.a.overlaps(tc.b); got != tc.want {
				t.Errorf("overlaps = %v, want %v", got, tc.want)
			}
			if got := tc.b.overlaps(tc.a); got != tc.want {
				t.Errorf("reversed overlaps = %v, want %v", got, tc.want)
			}
			u := slices.Clone(tc.a).union(tc.b)
			if !u.overlaps(tc.a) && len(tc.a) > 0 || !u.overlaps(tc.b) {
				t.Errorf("union %v of %v and %v misses one of them", u, tc.a, tc.b)
			}
		})
	}
}

// councilRoundup is an invented news piece, one sentence per paragraph,
// whose three matters share the council, its leader and the town: the
// words alone barely tell them apart, the cues do.
var councilRoundup = []para{
	{"Hallmouth Council has been criticised after its leader Maria Denby claimed £14,000 in expenses for taxis last year.", 0},
	{"Figures released by the council show Ms Denby took more than 300 taxi journeys, many of them under a mile.", 0},
	{"Opposition councillors said the claims were an insult to residents facing higher bills in Hallmouth.", 0},
	{"Ms Denby said every journey had been for council business and that she did not drive.", 0},
	{"It comes as Hallmouth Council confirmed that parking charges in the town centre will rise by a third from April.", 1},
	{"An hour in the harbour car park will cost £2, up from £1.50, and evening parking will no longer be free.", 1},
	{"Traders on the high street said the rise would drive shoppers to the retail park outside Hallmouth.", 1},
	{"Meanwhile, the council is pressing ahead with plans to close two of Hallmouth's five libraries to save £400,000.", 2},
	{"The libraries in Eastcliff and Norbury would shut in the summer, with a mobile library visiting each once a week.", 2},
	{"More than 2,000 residents have signed a petition to keep both libraries open, which Ms Denby called unaffordable.", 2},
}

// TestSplitCuedRoundup checks that a round-up whose matters share their
// actors is split at its cues, and that a single article with one
// "Meanwhile" is not.
func TestSplitCuedRoundup(t *testing.T) {
	texts, want := unzip(councilRoundup)
	t.Run("round-up", func(t *testing.T) {
		got := threadOf(Split(paragraphs(texts), nil, nil), len(texts))
		if !slices.Equal(got, want) {
			t.Errorf("threads %v, want %v", got, want)
		}
	})
	t.Run("one cue: rule stays out", func(t *testing.T) {
		// the piece with its second matter and cue taken out has one
		// "Meanwhile": no round-up, so the rule must change nothing
		single := paragraphs(append(slices.Clone(texts[:4]), texts[7:]...))
		on, _ := splitWith(single, nil, Options{}, false)
		off, _ := splitWith(single, nil, Options{CueApart: -1}, false)
		if !slices.EqualFunc(on, off, func(a, b Thread) bool { return slices.Equal(a.Paragraphs, b.Paragraphs) }) {
			t.Errorf("one cue changed the threads: %v, without the rule %v", on, off)
		}
	})
}
