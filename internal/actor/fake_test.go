package actor

import (
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/nlp"
)

// fakeNER returns an entity source that tags every whole-word occurrence
// of the given phrases with their types, longest phrases first, the way a
// tagger (with its typical slips) might.
func fakeNER(tagged map[string]string) EntityFunc {
	phrases := make([]string, 0, len(tagged))
	for p := range tagged {
		phrases = append(phrases, p)
	}
	sort.Slice(phrases, func(i, j int) bool {
		if len(phrases[i]) != len(phrases[j]) {
			return len(phrases[i]) > len(phrases[j])
		}
		return phrases[i] < phrases[j]
	})
	return func(text string) []nlp.Entity {
		used := make([]bool, len(text)+1)
		var out []nlp.Entity
		for _, ph := range phrases {
			for off := 0; off < len(text); {
				i := strings.Index(text[off:], ph)
				if i < 0 {
					break
				}
				i += off
				end := i + len(ph)
				off = end
				if !boundary(text, i, end) || used[i] || used[end-1] {
					continue
				}
				for k := i; k < end; k++ {
					used[k] = true
				}
				out = append(out, nlp.Entity{Text: ph, Type: tagged[ph], Start: i, End: end})
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
		return out
	}
}

func boundary(text string, i, end int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// paras builds paragraphs from texts; a text starting with "#" is
// boilerplate (the "#" is dropped).
func paras(texts ...string) []article.Paragraph {
	out := make([]article.Paragraph, len(texts))
	for i, t := range texts {
		if strings.HasPrefix(t, "#") {
			out[i] = article.Paragraph{Text: t[1:], Boilerplate: true}
			continue
		}
		out[i] = article.Paragraph{Text: t}
	}
	return out
}

// find returns the actor called name, or nil.
func find(actors []Actor, name string) *Actor {
	for i := range actors {
		if actors[i].Name == name {
			return &actors[i]
		}
	}
	return nil
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// mustExtract extracts the actors of text, one paragraph, and returns the
// actor called name, failing the test when there is none.
func mustExtract(t *testing.T, text, name string) *Actor {
	t.Helper()
	got := Extract(paras(text))
	a := find(got, name)
	if a == nil {
		t.Fatalf("no actor %q; got %s", name, summary(got))
	}
	return a
}

// mustPerson returns the person called name among got, or stops the
// test.
func mustPerson(t *testing.T, got []Actor, name string) *Actor {
	t.Helper()
	a := find(got, name)
	if a == nil || a.Kind != Person {
		t.Fatalf("no person %q; got %s", name, summary(got))
	}
	return a
}
