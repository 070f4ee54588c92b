package demo

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// frontMatter is the header every demo article must carry.
type frontMatter struct {
	Title  string    `yaml:"title"`
	Date   time.Time `yaml:"date"`
	Source string    `yaml:"source"`
	Author string    `yaml:"author"`
	URL    string    `yaml:"url"`
}

// minWords is the length from which a paragraph counts as prose rather
// than a furniture line such as "+3" or "Share this article".
const minWords = 8

func readFrontMatter(t *testing.T, name string) frontMatter {
	t.Helper()
	b, err := Read(name)
	if err != nil {
		t.Fatal(err)
	}
	header, _, err := splitFrontMatter(string(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var fm frontMatter
	if err := yaml.Unmarshal([]byte(header), &fm); err != nil {
		t.Fatalf("%s: front matter: %v", name, err)
	}
	return fm
}

func paragraphs(t *testing.T, name string) []string {
	t.Helper()
	ps, err := Paragraphs(name)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

func words(s string) int { return len(strings.Fields(s)) }

func TestNamesMatchFiles(t *testing.T) {
	names := Names()
	if len(names) < 44 {
		t.Fatalf("got %d articles, want at least 44", len(names))
	}
	if !slices.IsSorted(names) {
		t.Error("Names is not sorted")
	}
	matches, err := fs.Glob(Files(), "*.md")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(matches, names) {
		t.Errorf("Files holds %d .md files, Names lists %d", len(matches), len(names))
	}
}

func TestFrontMatter(t *testing.T) {
	urls := map[string]string{}
	var first, last time.Time
	for _, name := range Names() {
		fm := readFrontMatter(t, name)
		for field, v := range map[string]string{"title": fm.Title, "source": fm.Source, "url": fm.URL, "author": fm.Author} {
			if strings.TrimSpace(v) == "" {
				t.Errorf("%s: empty %s", name, field)
			}
		}
		if strings.HasPrefix(fm.Title, `"`) && strings.HasSuffix(fm.Title, `"`) {
			t.Errorf("%s: title is wrapped in quotes: %s", name, fm.Title)
		}
		if fm.Date.IsZero() {
			t.Errorf("%s: no date", name)
			continue
		}
		if !strings.HasPrefix(name, fm.Date.Format("2006-01-02")) {
			t.Errorf("%s: file name does not start with its date %s", name, fm.Date.Format("2006-01-02"))
		}
		if prev, dup := urls[fm.URL]; dup {
			t.Errorf("%s and %s share url %s", prev, name, fm.URL)
		}
		urls[fm.URL] = name
		if first.IsZero() || fm.Date.Before(first) {
			first = fm.Date
		}
		if fm.Date.After(last) {
			last = fm.Date
		}
	}
	if span := last.Sub(first); span < 28*24*time.Hour {
		t.Errorf("dates span %v, want at least 28 days", span)
	}
}

func TestNoSharedParagraphs(t *testing.T) {
	seen := map[string]string{}
	for _, name := range Names() {
		for _, p := range paragraphs(t, name) {
			if words(p) < minWords {
				continue
			}
			key := strings.Join(strings.Fields(p), " ")
			if prev, dup := seen[key]; dup && prev != name {
				t.Errorf("%s and %s share a paragraph: %.60q", prev, name, key)
			}
			seen[key] = name
		}
	}
}

func TestGoldStorylines(t *testing.T) {
	g, err := LoadGold()
	if err != nil {
		t.Fatal(err)
	}
	names := Names()
	long := 0
	for _, s := range g.Storylines {
		if s.Name == "" || s.Key == "" {
			t.Errorf("storyline %+v has no name or key", s)
		}
		if len(s.Articles) >= 4 {
			long++
		}
		days := map[string]bool{}
		for _, a := range s.Articles {
			if _, found := slices.BinarySearch(names, a); !found {
				t.Errorf("storyline %q: no article %s", s.Name, a)
			}
			days[a[:10]] = true
		}
		if len(days) < 2 {
			t.Errorf("storyline %q covers only %d day(s)", s.Name, len(days))
		}
	}
	if long < 7 {
		t.Errorf("%d storylines recur in 4 or more articles, want at least 7", long)
	}
}

func TestGoldRoundups(t *testing.T) {
	g, err := LoadGold()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Roundups) < 14 {
		t.Errorf("%d round-ups, want at least 14", len(g.Roundups))
	}
	interleaved := 0
	for name, matters := range g.Roundups {
		ps := paragraphs(t, name)
		if len(matters) < 2 || len(matters) > 5 {
			t.Errorf("%s: %d matters, want 2 to 5", name, len(matters))
		}
		owner := make([]int, len(ps)) // 1 + matter index, 0 for none
		for mi, m := range matters {
			if m.Label == "" || len(m.Paragraphs) == 0 {
				t.Errorf("%s: matter %d is empty", name, mi)
			}
			for _, i := range m.Paragraphs {
				if i < 0 || i >= len(ps) {
					t.Fatalf("%s: paragraph %d out of range (%d paragraphs)", name, i, len(ps))
				}
				if owner[i] != 0 {
					t.Errorf("%s: paragraph %d in two matters", name, i)
				}
				owner[i] = mi + 1
			}
		}
		for i, o := range owner {
			if o == 0 && words(ps[i]) >= minWords {
				t.Errorf("%s: prose paragraph %d belongs to no matter: %.50q", name, i, ps[i])
			}
		}
		if resumes(owner) {
			interleaved++
		}
	}
	if interleaved < 2 {
		t.Errorf("%d round-ups resume a matter after an aside, want at least 2", interleaved)
	}
}

// resumes reports whether some matter comes back after another matter's
// paragraphs, ignoring paragraphs owned by none.
func resumes(owner []int) bool {
	done := map[int]bool{}
	prev := 0
	for _, o := range owner {
		if o == 0 || o == prev {
			continue
		}
		if done[o] {
			return true
		}
		if prev != 0 {
			done[prev] = true
		}
		prev = o
	}
	return false
}

func TestResumes(t *testing.T) {
	tests := []struct {
		owner []int
		want  bool
	}{
		{[]int{1, 1, 2, 2}, false},
		{[]int{1, 0, 1, 2}, false},
		{[]int{1, 2, 1}, true},
		{[]int{1, 2, 0, 3, 2}, true},
		{nil, false},
	}
	for _, tt := range tests {
		if got := resumes(tt.owner); got != tt.want {
			t.Errorf("resumes(%v) = %v, want %v", tt.owner, got, tt.want)
		}
	}
}

func TestGoldFurniture(t *testing.T) {
	g, err := LoadGold()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Furniture) < 10 {
		t.Errorf("%d articles carry furniture, want at least 10", len(g.Furniture))
	}
	for name, idx := range g.Furniture {
		ps := paragraphs(t, name)
		for _, i := range idx {
			if i < 0 || i >= len(ps) {
				t.Fatalf("%s: furniture index %d out of range", name, i)
			}
			if words(ps[i]) > 20 {
				t.Errorf("%s: furniture paragraph %d is %d words long", name, i, words(ps[i]))
			}
		}
	}
}
