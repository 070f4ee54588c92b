package article

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzNames are the names FuzzParse picks from, one per format hint.
var fuzzNames = []string{"-", "a.txt", "a.md", "a.html", "a.xml", "a.rss", "a.atom", "a.json", "a.jsonl", "a.txt.gz"}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.*")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil || len(data) > 1<<16 {
			continue
		}
		for i, n := range fuzzNames {
			if strings.HasSuffix(file, filepath.Ext(n)) || n == "-" {
				f.Add(uint8(i), data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		name := fuzzNames[int(which)%len(fuzzNames)]
		arts, err := Parse(name, bytes.NewReader(data))
		if len(arts) == 0 && err == nil {
			t.Fatalf("no articles and no error")
		}
		if len(arts) > len(data) {
			t.Fatalf("%d articles from %d bytes", len(arts), len(data))
		}
		out := 0
		for _, a := range arts {
			out += len(a.Title) + len(a.URL) + len(a.Source) + len(a.Byline) + len(a.Category) + len(a.ExternalID)
			if len(a.Paragraphs) == 0 {
				t.Fatalf("article %q without paragraphs", a.Title)
			}
			for _, s := range []string{a.Title, a.Source, a.Byline, a.Category, a.URL, a.ExternalID} {
				if strings.ContainsAny(s, "\n\r\t") {
					t.Fatalf("single-line field %q has a line break", s)
				}
				checkText(t, s)
			}
			for _, p := range a.Paragraphs {
				out += len(p.Text)
				if strings.TrimSpace(p.Text) == "" {
					t.Fatalf("empty paragraph")
				}
				checkText(t, p.Text)
			}
		}
		// Titles may repeat the first sentence and UTF-16 or Latin-1
		// input grows when converted; nothing else may multiply.
		if limit := 6*len(data) + 4096; out > limit {
			t.Fatalf("output %d bytes from %d input bytes", out, len(data))
		}
	})
}

// checkText fails when s is not valid UTF-8 or holds control characters.
func checkText(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8: %q", s)
	}
	for _, r := range s {
		if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			t.Fatalf("control character %U in %q", r, s)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-03-05", "Mon, 02 Jan 2006 15:04:05 -0700", "1709251200", "31/12/2006", "2nd March 2024 at 3:04pm"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err == nil && (d.Year() < 1800 || d.Year() > 2200) {
			t.Fatalf("ParseDate(%q) = %v, outside the accepted years", s, d)
		}
	})
}
