package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/nlp"
)

// sixDocs is a CoNLL file of six one-sentence documents written for this
// test; document i's only word is "Word<i>".
func sixDocs() string {
	var b strings.Builder
	for i := range 6 {
		fmt.Fprintf(&b, "-DOCSTART- -X- O O\n\nWord%d NNP I-NP I-PER\n. . O O\n\n", i)
	}
	return b.String()
}

// firstWords returns the first word of each document of a CoNLL file.
func firstWords(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := nlp.ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range docs {
		if d.DocStart == "" {
			t.Errorf("%s: a document lost its -DOCSTART- line", path)
		}
		out = append(out, d.Sentences[0].Lines[0].Word)
	}
	return out
}

func TestHoldoutSplit(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "six.conll")
	if err := os.WriteFile(src, []byte(sixDocs()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{2, 3} {
		t.Run(fmt.Sprint(n, " folds"), func(t *testing.T) {
			seen := map[string]int{}
			for k := range n {
				h := holdout{k: k, n: n, seed: 1}
				out := filepath.Join(dir, fmt.Sprint(n, k))
				if err := os.Mkdir(out, 0o755); err != nil {
					t.Fatal(err)
				}
				rest, held, err := h.split(src, out)
				if err != nil {
					t.Fatal(err)
				}
				r, hw := firstWords(t, rest), firstWords(t, held)
				if len(r)+len(hw) != 6 || len(hw) != 6/n {
					t.Errorf("fold %d/%d: %d held out, %d kept", k, n, len(hw), len(r))
				}
				for _, w := range hw {
					seen[w]++
				}
				again, _, err := h.split(src, t.TempDir())
				if err != nil || strings.Join(firstWords(t, again), " ") != strings.Join(r, " ") {
					t.Errorf("fold %d/%d: a second split differs", k, n)
				}
			}
			for i := range 6 {
				if w := fmt.Sprint("Word", i); seen[w] != 1 {
					t.Errorf("%s held out %d times over the %d folds, want once", w, seen[w], n)
				}
			}
		})
	}
}

func TestParseHoldout(t *testing.T) {
	tests := []struct {
		in   string
		k, n int
		ok   bool
	}{
		{"0/5", 0, 5, true},
		{"4/5", 4, 5, true},
		{"5/5", 0, 0, false},
		{"1/1", 0, 0, false},
		{"-1/5", 0, 0, false},
		{"2", 0, 0, false},
		{"a/b", 0, 0, false},
	}
	for _, tt := range tests {
		h, err := parseHoldout(tt.in, 7)
		if (err == nil) != tt.ok || (tt.ok && (h.k != tt.k || h.n != tt.n || h.seed != 7)) {
			t.Errorf("parseHoldout(%q) = %+v, %v", tt.in, h, err)
		}
	}
}
