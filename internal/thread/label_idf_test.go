package thread

import (
	"strings"
	"testing"
)

// TestLabelRareFlourish checks, on invented items, that a word no other
// document of the archive uses (a writer's flourish) does not beat a
// plain topic word that a few others use.
func TestLabelRareFlourish(t *testing.T) {
	stats := NewDocFreq()
	for range 3 {
		stats.Add("the bakery")
		stats.Add("the spa")
	}
	stats.Add("kerfuffle")
	stats.Add("brouhaha")
	for range 32 {
		stats.Add("unrelated filler")
	}
	cases := []struct{ name, para, want, notWant string }{
		{"flourish after the topic", "Arden Mills will shut its bakery after a kerfuffle.", "bakery", "kerfuffle"},
		{"another flourish", "Corran Hotels will sell its spa after a brouhaha.", "spa", "brouhaha"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Label([]string{c.para}, nil, stats)
			if !strings.Contains(got, c.want) || strings.Contains(got, c.notWant) {
				t.Errorf("label %q: want %q in it and not %q", got, c.want, c.notWant)
			}
		})
	}
}
