package thread

import (
	"math"
	"strings"
	"testing"
)

// TestSplitShortSingleMatter checks that short invented news articles
// about one matter, written one sentence per line (as some feeds deliver
// them), stay one thread: a date line or an aside of one sentence is no
// matter of its own.
func TestSplitShortSingleMatter(t *testing.T) {
	cases := []struct {
		name string
		body string
	}{
		{"ferry aground", `Ferry runs aground off Kestrel Point, passengers safe
UPDATED: TUESDAY, MARCH 4, 2025, 6: 10 AM
The overnight ferry Marram Star ran aground on a sandbank off Kestrel Point late on Monday with 212 passengers on board.
Coastguards said nobody was hurt and the hull did not appear to be breached.
Passengers were taken ashore by lifeboat crews in a four-hour operation.
"It was a jolt, then a long wait in the cold," said one passenger, a teacher from Harwick.
The operator, Northsea Lines, said the ship would be refloated on the next high tide.
Investigators will examine why the vessel strayed from the marked channel.
What a night.`},
		{"striker signs", `Dray United sign striker Tomas Vell on three-year deal
Dray United have signed striker Tomas Vell from Castlegate for an undisclosed fee.
The 24-year-old scored 19 goals last season.
He passed a medical on Thursday morning.
Manager Ruth Okafor said he was the player the club had wanted all summer.
Vell could make his debut against Pellham on Saturday.
Fans will be delighted.`},
		{"bank robbery", `Man held after bank robbery in Corley
Police have arrested a 31-year-old man after an armed robbery at a bank in Corley on Friday.
Staff were threatened with what appeared to be a handgun.
The man fled on foot with an undisclosed sum of cash.
He was detained two hours later at a house on Mill Lane.
Nobody was injured.
Detectives have asked witnesses to come forward.
Posted 3 hours ago`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := strings.Split(c.body, "\n")
			threads := Split(paragraphs(lines), nil, nil)
			if len(threads) != 1 {
				for _, th := range threads {
					t.Logf("thread %d %q: %v", th.N, th.Label, th.Paragraphs)
				}
				t.Errorf("%d threads, want 1", len(threads))
			}
		})
	}
}

func TestSharedNames(t *testing.T) {
	tests := []struct {
		name string
		n    int
		ents [][]string
		want [][]string
	}{
		{"actor in most units ties nothing", 4, [][]string{{"a", "b"}, {"a"}, {"a", "c"}, {"c"}}, [][]string{{"b"}, {}, {"c"}, {"c"}}},
		{"fewer entity rows than units", 3, [][]string{{"x"}}, [][]string{{"x"}, nil, nil}},
		{"repeats counted once", 2, [][]string{{"x", "x"}, {"y"}}, [][]string{{"x"}, {"y"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sharedNames(tc.n, tc.ents)
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				if strings.Join(got[i], ",") != strings.Join(tc.want[i], ",") {
					t.Errorf("unit %d: got %v, want %v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestSmallPull(t *testing.T) {
	o := Options{}.withDefaults()
	tests := []struct {
		words float64
		want  float64
	}{
		{0, o.SmallPull},
		{o.MinThread / 2, o.SmallPull / 2},
		{o.MinThread, 0},
		{5 * o.MinThread, 0},
	}
	for _, tc := range tests {
		if got := smallPull(tc.words, o); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("smallPull(%v) = %v, want %v", tc.words, got, tc.want)
		}
	}
	if got := smallPull(1, Options{SmallPull: -1, MinThread: 60}); got != 0 {
		t.Errorf("negative SmallPull should switch the pull off, got %v", got)
	}
}
