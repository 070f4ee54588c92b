package thread

import (
	"slices"
	"testing"
)

func TestSweepsMarket(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Elsewhere among the blue chips, banks and insurers were broadly higher, while miners fell as metal prices slipped.", true},
		{"Among the other risers, engineer Hallam rose 3.1 per cent, or 52p, to 1729p, and packaging group Corrow added 1.2 per cent, or 8p, to 674p.", true},
		{"Elsewhere, oil majors edged higher as crude firmed.", true},
		// a company's own item: one move and why
		{"Among the risers, drone maker Skyreach climbed 31 per cent to 22p after winning a £3million order.", false},
		{"Elsewhere, the outsourcer Brightwell gained 3.1 per cent to 96.5p after winning a contract.", false},
		// speech, another opener, a matter of its own
		{"Elsewhere, analysts at the broker said banks were cheap.", false},
		{"Banks and insurers were broadly higher.", false},
		{"Among the names on the plaque was a gunner.", false},
	} {
		if got := sweepsMarket(c.s); got != c.want {
			t.Errorf("sweepsMarket(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestCountMoves(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"Hallam rose 3.1 per cent, or 52p, to 1729p, and Corrow added 1.2 per cent, or 8p, to 674p.", 2},
		{"Skyreach climbed 31 per cent to 22p after winning an order.", 1},
		{"Banks were broadly higher.", 0},
	} {
		if got := countMoves(c.s); got != c.want {
			t.Errorf("countMoves(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

func TestJoinSweeps(t *testing.T) {
	units := []string{
		"The FTSE 100 closed down 0.6 per cent, or 46.1 points, at 7488.3.",
		"Pottery maker Prestle slid 11 per cent, or 8.9p, to 70.6p after it delayed a kiln.",
		"Elsewhere among the blue chips, banks and insurers were broadly higher.",
		"Bus operator Trentwell gained 3.2 per cent, or 4.1p, to 132p after it won a contract.",
	}
	got := joinSweeps(units, []int{0, 1, 1, 2})
	if want := []int{0, 1, 0, 2}; !slices.Equal(got, want) {
		t.Errorf("joinSweeps = %v, want %v", got, want)
	}
	// no index line: nothing to join
	got = joinSweeps(units[1:], []int{0, 0, 1})
	if want := []int{0, 0, 1}; !slices.Equal(got, want) {
		t.Errorf("joinSweeps without an index line = %v, want %v", got, want)
	}
}
