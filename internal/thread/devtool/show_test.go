package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMark(t *testing.T) {
	// gold: two matters; predicted: the second matter's first paragraph
	// fused into the first, its last split off
	gold := []int{0, 0, 1, 1, 1}
	pred := []int{0, 0, 0, 1, 2}
	for i, want := range []string{"fused", "fused", "both", "split", "split"} {
		if got := mark(gold, pred, i); got != want {
			t.Errorf("mark(%d) = %q, want %q", i, got, want)
		}
	}
	if got := mark([]int{0, 1}, []int{0, 1}, 1); got != "" {
		t.Errorf("mark of an exact split = %q, want \"\"", got)
	}
}

func TestClip(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"The ferry  sails\nat noon.", 40, "The ferry sails at noon."},
		{"Harbour café reopens", 7, "Harbour…"},
		{"Café", 4, "Café"},
	} {
		if got := clip(c.in, c.n); got != c.want {
			t.Errorf("clip(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

func TestShow(t *testing.T) {
	gold := `{"id":"col-1","paragraphs":["The Tarnby ferry will sail again from Monday after repairs to its ramp.","The crossing had been closed for six weeks.","Caption: the ferry at Tarnby","A choir from Welby has won the county festival for a third year."],"threads":[0,0,null,1]}` + "\n"
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(path, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := show([]string{path, "col-1"}, &out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if !strings.HasPrefix(s, "1 documents: B3 precision") || !strings.Contains(s, "=== col-1") || strings.Contains(s, "Caption") {
		t.Errorf("show printed:\n%s", s)
	}
	if got := strings.Count(s, " g="); got != 3 {
		t.Errorf("show printed %d paragraph lines, want 3 (furniture left out):\n%s", got, s)
	}
}
