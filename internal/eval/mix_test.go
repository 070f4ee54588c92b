package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// articles writes a small article JSONL of invented articles: two
// categories, each article with n paragraphs that name it.
func articles() string {
	var b strings.Builder
	for i := 0; i < 12; i++ {
		cat := []string{"farming", "transport"}[i%2]
		var paras []string
		for j := 0; j < 3+i%7; j++ {
			paras = append(paras, fmt.Sprintf("Story %d about %s, paragraph %d.", i, cat, j))
		}
		line, _ := json.Marshal(map[string]string{
			"id": fmt.Sprintf("%s/%03d", cat, i), "category": cat,
			"title": fmt.Sprintf("Story %d", i), "body": strings.Join(paras, "\n\n"),
		})
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

func readMix(t *testing.T, s string) []MixDocument {
	t.Helper()
	var docs []MixDocument
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		var d MixDocument
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestMix(t *testing.T) {
	tests := []struct {
		name string
		opts MixOptions
	}{
		{"contiguous", MixOptions{Seed: 1, Count: 30}},
		{"same category", MixOptions{Seed: 2, Count: 30, SameCategory: true, Min: 3, Max: 3}},
		{"interleaved", MixOptions{Seed: 3, Count: 30, Interleave: true, SameCategory: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := Mix(strings.NewReader(articles()), &a, tc.opts); err != nil {
				t.Fatal(err)
			}
			if err := Mix(strings.NewReader(articles()), &b, tc.opts); err != nil {
				t.Fatal(err)
			}
			if a.String() != b.String() {
				t.Fatal("same seed gave different output")
			}
			docs := readMix(t, a.String())
			if len(docs) != tc.opts.Count {
				t.Fatalf("got %d documents, want %d", len(docs), tc.opts.Count)
			}
			lo, hi := max(tc.opts.Min, 2), max(tc.opts.Max, 4)
			for _, d := range docs {
				if len(d.Sources) < lo || len(d.Sources) > hi {
					t.Errorf("%s: %d sources, want %d..%d", d.ID, len(d.Sources), lo, hi)
				}
				runs := map[int]int{}
				cats := map[string]bool{}
				for i, p := range d.Paragraphs {
					th := *d.Threads[i]
					runs[th]++
					var cat string
					var n int
					if _, err := fmt.Sscanf(strings.Replace(d.Sources[th], "/", " ", 1), "%s %d", &cat, &n); err != nil {
						t.Fatal(err)
					}
					if !strings.HasPrefix(p, fmt.Sprintf("Story %d about %s", n, cat)) {
						t.Errorf("%s: paragraph %q not from its source %s", d.ID, p, d.Sources[th])
					}
					cats[strings.SplitN(d.Sources[th], "/", 2)[0]] = true
				}
				for th, n := range runs {
					if n < 2 || n > 8 {
						t.Errorf("%s: thread %d has %d paragraphs, want 2..8", d.ID, th, n)
					}
				}
				if tc.opts.SameCategory && len(cats) != 1 {
					t.Errorf("%s: categories %v, want one", d.ID, cats)
				}
				if tc.opts.Interleave {
					// thread 0 is split around thread 1: 0…0 1…1 0…0
					first1, last0 := -1, -1
					for i, th := range d.Threads {
						if *th == 1 && first1 < 0 {
							first1 = i
						}
						if *th == 0 {
							last0 = i
						}
					}
					if *d.Threads[0] != 0 || last0 < first1 {
						t.Errorf("%s: not interleaved: %v", d.ID, deref(d.Threads))
					}
				}
			}
		})
	}
}

func TestMixSeedsDiffer(t *testing.T) {
	var a, b bytes.Buffer
	if err := Mix(strings.NewReader(articles()), &a, MixOptions{Seed: 1, Count: 5}); err != nil {
		t.Fatal(err)
	}
	if err := Mix(strings.NewReader(articles()), &b, MixOptions{Seed: 2, Count: 5}); err != nil {
		t.Fatal(err)
	}
	if a.String() == b.String() {
		t.Error("different seeds gave the same output")
	}
}

func TestMixErrors(t *testing.T) {
	if err := Mix(strings.NewReader(articles()), &bytes.Buffer{}, MixOptions{Min: 5, Max: 3}); err == nil {
		t.Error("min above max: want an error")
	}
	if err := Mix(strings.NewReader(`{"id":"x","body":"only one paragraph"}`), &bytes.Buffer{}, MixOptions{}); err == nil {
		t.Error("no usable article: want an error")
	}
}

func deref(ps []*int) []int {
	out := make([]int, len(ps))
	for i, p := range ps {
		out[i] = *p
	}
	return out
}

// TestMixSourceForms checks the article forms Mix reads besides a string
// id and a body split on blank lines: numeric ids, bodies under `text` or
// `content`, a `paragraphs` array, and bodies that put one paragraph on
// each line with no blank line between.
func TestMixSourceForms(t *testing.T) {
	tests := []struct {
		name, line string
		id         string
		paras      []string
	}{
		{"blank lines", `{"id":"a","body":"One.\n\nTwo.\r\n\r\nThree."}`, "a", []string{"One.", "Two.", "Three."}},
		{"line breaks only", `{"id":7,"body":"One.\nTwo.\n \nThree.\n"}`, "7", []string{"One.", "Two.", "Three."}},
		{"text field", `{"id":"t","text":"One.\n\nTwo."}`, "t", []string{"One.", "Two."}},
		{"content field", `{"id":"c","content":"One.\n\nTwo."}`, "c", []string{"One.", "Two."}},
		{"paragraphs array", `{"id":2.5,"paragraphs":["One.", " ", "Two."]}`, "2.5", []string{"One.", "Two."}},
		{"blank lines keep line breaks inside", `{"id":"b","body":"One,\nstill one.\n\nTwo."}`, "b", []string{"One,\nstill one.", "Two."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := readArticles(strings.NewReader(tt.line))
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != 1 {
				t.Fatalf("got %d articles, want one", len(arts))
			}
			if string(arts[0].ID) != tt.id {
				t.Errorf("id %q, want %q", arts[0].ID, tt.id)
			}
			if got := strings.Join(arts[0].paras, "|"); got != strings.Join(tt.paras, "|") {
				t.Errorf("paragraphs %q, want %q", arts[0].paras, tt.paras)
			}
		})
	}
}
