package link

import (
	"strings"
	"testing"
	"time"
)

func TestBestSurfaceTies(t *testing.T) {
	tests := []struct {
		name, key string
		forms     []surfaceCount
		want      string
	}{
		{"name tie goes to capitals", "n:halvard", []surfaceCount{{"halvard", 1}, {"Halvard", 1}}, "Halvard"},
		{"word tie goes to lower case", "flood", []surfaceCount{{"Flood", 1}, {"flood", 1}}, ""},
		{"most frequent wins", "flood", []surfaceCount{{"Flood", 2}, {"flood", 1}}, "Flood"},
		{"the key itself is left out", "n:dana ruiz", []surfaceCount{{"dana ruiz", 2}, {"Dana Ruiz", 1}}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := bestSurface(tc.key, tc.forms[0], tc.forms[1:]); got != tc.want {
				t.Errorf("bestSurface = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestLabelWords: storyline labels write words as the arc's names do and
// leave out words of time that say nothing about the matter.
func TestLabelWords(t *testing.T) {
	day := time.Date(2026, 10, 16, 0, 0, 0, 0, time.UTC)
	thread := func(id string, d int, name string) Features {
		return Features{ID: id + "#1", Story: id, Title: id, Published: day.AddDate(0, 0, d), Words: 120, Terms: []TermWeight{
			{Term: "n:halvard chemicals", Weight: 3, Surface: name},
			{Term: "halvard", Weight: 3},
			{Term: "solvent", Weight: 2},
			{Term: "fortnight", Weight: 3},
			{Term: "past", Weight: 3},
			{Term: "warehouse", Weight: 2},
		}}
	}
	l := New()
	for i, id := range []string{"a", "b", "c"} {
		name := "Halvard Chemicals"
		if i > 0 {
			name = "" // only one thread names the company in full
		}
		l.Load(thread(id, i, name), "")
	}
	l.Relink()
	arcs := l.Arcs()
	if len(arcs) != 1 {
		t.Fatalf("%d arcs, want 1: %+v", len(arcs), arcs)
	}
	label := arcs[0].Label
	if strings.Contains(label, "halvard") {
		t.Errorf("label %q writes the company's word in lower case", label)
	}
	for _, w := range []string{"fortnight", "past"} {
		if strings.Contains(label, w) {
			t.Errorf("label %q has the time word %q", label, w)
		}
	}
}

func TestTimeWordsAreStems(t *testing.T) {
	for _, w := range []string{"morning", "evening", "weeks", "fortnight"} {
		if !timeWords[stem(w)] {
			t.Errorf("%q (stem %q) is not a time word", w, stem(w))
		}
	}
}
