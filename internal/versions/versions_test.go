package versions

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// words returns n distinct made-up words starting at word number from.
func words(from, n int) string {
	var b strings.Builder
	for i := from; i < from+n; i++ {
		fmt.Fprintf(&b, "w%d ", i)
	}
	return b.String()
}

func TestSimilarity(t *testing.T) {
	long := words(0, 400)
	tests := []struct {
		name   string
		a, b   []string
		lo, hi float64
	}{
		{"identical", []string{long}, []string{long}, 1, 1},
		{"case and punctuation do not count", []string{"The Mayor, said: Yes!"}, []string{"the mayor said yes"}, 1, 1},
		{"letters beyond ASCII fold too", []string{"Ärzte in Zürich streiken, sagt Ἀθῆναι"}, []string{"ärzte IN zürich STREIKEN sagt ἀθῆναι"}, 1, 1},
		{"accents still tell words apart", []string{"résumé du jour ici"}, []string{"resume du jour ici"}, 1.0 / 3, 1.0 / 3},
		{"paragraph breaks do not count", []string{"one two", "three four"}, []string{"one two three four"}, 1, 1},
		{"disjoint", []string{words(0, 300)}, []string{words(1000, 300)}, 0, 0},
		{"a short text against itself", []string{"Storm"}, []string{"storm"}, 1, 1},
		{"small sets are exact", []string{"a b c d"}, []string{"a b c e"}, 1.0 / 3, 1.0 / 3},
		// 300 shared words of 400: shingle Jaccard about 0.6.
		{"three quarters shared", []string{words(0, 400)}, []string{words(100, 400)}, 0.4, 0.8},
		{"empty", nil, []string{long}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Similarity(Of(tt.a), Of(tt.b))
			if got < tt.lo-1e-9 || got > tt.hi+1e-9 {
				t.Errorf("Similarity = %.3f, want in [%.3f, %.3f]", got, tt.lo, tt.hi)
			}
			if back := Similarity(Of(tt.b), Of(tt.a)); back != got {
				t.Errorf("not symmetric: %.3f and %.3f", got, back)
			}
		})
	}
}

func TestSketchSize(t *testing.T) {
	if n := len(Of([]string{words(0, 1000)})); n != 4*K {
		t.Errorf("sketch of a long text has %d bytes, want %d", n, 4*K)
	}
	if s := Of([]string{"", "  ,; "}); s != nil {
		t.Errorf("sketch of a text with no words = %v, want nil", s)
	}
}

func TestSame(t *testing.T) {
	base := words(0, 300)
	rewritten := words(0, 180) + words(5000, 120) // shingle Jaccard about 0.43
	tests := []struct {
		name   string
		ta, tb string
		a, b   string
		want   bool
	}{
		{"same text, new headline", "Brown sets Budget date", "Chancellor names day", base, base, true},
		{"rewrite under the same headline", "Brown sets Budget date", "Brown sets budget date.", base, rewritten, true},
		{"rewrite under a new headline", "Brown sets Budget date", "Budget on 16 March", base, rewritten, false},
		{"a recurring headline over other news", "News in brief", "News in brief", words(0, 300), words(900, 300), false},
		{"empty titles are not the same", "", "", base, rewritten, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Same(tt.ta, Of([]string{tt.a}), tt.tb, Of([]string{tt.b})); got != tt.want {
				t.Errorf("Same = %v, want %v (similarity %.2f)", got, tt.want, Similarity(Of([]string{tt.a}), Of([]string{tt.b})))
			}
			same, ifTitles := ByText(Of([]string{tt.a}), Of([]string{tt.b}))
			if got := same || ifTitles && SameTitleKeys(TitleKey(tt.ta), TitleKey(tt.tb)); got != tt.want {
				t.Errorf("by title keys = %v, want %v", got, tt.want)
			}
		})
	}
}

// smallest's shortcut gives what sorting everything gives.
func TestSmallest(t *testing.T) {
	for _, n := range []int{0, 1, K, 8*K + 1, 500, 5000} {
		hs := make([]uint32, n)
		x := uint64(n) + 1
		for i := range hs {
			x = x*6364136223846793005 + 1442695040888963407
			hs[i] = uint32(x >> 32)
			if i%7 == 0 && i > 0 {
				hs[i] = hs[i-1] // repeats count once
			}
		}
		want := slices.Clone(hs)
		slices.Sort(want)
		want = slices.Compact(want)
		want = want[:min(K, len(want))]
		if got := smallest(slices.Clone(hs)); !slices.Equal(got, want) {
			t.Errorf("n=%d: smallest = %v, want %v", n, got, want)
		}
	}
}
