package related

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/link"
)

func th(id, story string, day int, actors []string, terms ...string) link.Features {
	f := link.Features{ID: id, Story: story, Title: "T " + id, Actors: actors}
	if day > 0 {
		f.Published = time.Date(2026, 3, day, 9, 0, 0, 0, time.UTC)
	}
	for _, t := range terms {
		f.Terms = append(f.Terms, link.TermWeight{Term: t, Weight: 1})
	}
	return f
}

func TestRank(t *testing.T) {
	idf := func(term string) float64 {
		if term == "said" {
			return 0.1
		}
		return 2
	}
	q := th("q#1", "q", 10, []string{"person:ada kell"}, "flood", "levee", "river", "said", "kell")
	cands := []Candidate{
		{th("q#2", "q", 10, nil, "flood", "levee", "river"), "A"},                              // own story: never listed
		{th("a#1", "a", 11, []string{"person:ada kell"}, "flood", "levee", "dam", "kell"), ""}, // close, next day
		{th("a#2", "a", 11, nil, "flood", "budget", "vote"), ""},                               // same story as a#1, weaker
		{th("b#1", "b", 10, nil, "levee", "budget", "vote"), "A"},                              // weak but same storyline
		{th("c#1", "c", 10, nil, "said", "budget", "vote"), ""},                                // shares only a common word
		{th("d#1", "d", 0, nil, "flood", "levee", "river", "said"), ""},                        // undated twin
	}
	got := Rank(q, "A", cands, idf, map[string]string{"person:ada kell": "Ada Kell"}, 10)
	var ids []string
	for _, r := range got {
		ids = append(ids, r.Thread)
	}
	if want := []string{"d#1", "a#1", "b#1"}; !slices.Equal(ids, want) {
		t.Fatalf("ranked %v, want %v", ids, want)
	}
	tests := []struct {
		thread string
		want   []string
	}{
		{"a#1", []string{"actors: Ada Kell", "terms: ", "1 day apart"}},
		{"b#1", []string{"same storyline", "terms: levee", "same day"}},
		{"d#1", []string{"terms: "}},
	}
	for _, tc := range tests {
		for _, r := range got {
			if r.Thread != tc.thread {
				continue
			}
			all := strings.Join(r.Why, " | ")
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("%s: reasons %q lack %q", tc.thread, all, w)
				}
			}
			if strings.Contains(all, "kell") {
				t.Errorf("%s: a term repeats the shared actor's name: %q", tc.thread, all)
			}
			if tc.thread == "d#1" && strings.Contains(all, "apart") {
				t.Errorf("undated thread has a time reason: %q", all)
			}
		}
	}
	if n := len(Rank(q, "A", cands, idf, nil, 1)); n != 1 {
		t.Errorf("limit 1 gave %d", n)
	}
}

func TestKeyTerms(t *testing.T) {
	tests := []struct {
		in   []string
		n    int
		want []string
	}{
		{[]string{"Britain", "britain", "vote"}, 5, []string{"Britain", "vote"}},
		{[]string{"Downing", "Downing Street", "Street", "poll"}, 5, []string{"Downing Street", "poll"}},
		{[]string{"a", "b", "c"}, 2, []string{"a", "b"}},
		{nil, 5, nil},
	}
	for _, tc := range tests {
		if got := keyTerms(tc.in, tc.n); !slices.Equal(got, tc.want) {
			t.Errorf("keyTerms(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

// TestRankListsCopiesOnce checks that a story filed twice (same title and
// thread label) is listed once, at the better copy's rank, while a story
// with another title, or the same title and another label, stays.
func TestRankListsCopiesOnce(t *testing.T) {
	idf := func(string) float64 { return 1 }
	q := th("q#1", "q", 0, nil, "grid", "processing", "hour")
	named := func(id, story, title, label string, terms ...string) Candidate {
		f := th(id, story, 0, nil, terms...)
		f.Title, f.Label = title, label
		return Candidate{Features: f}
	}
	cands := []Candidate{
		named("a#1", "a", "Grid offers processing", "Grid", "grid", "processing", "hour"),
		named("b#1", "b", "grid offers processing", "grid", "grid", "processing"),
		named("c#1", "c", "Grid offers processing", "Pricing", "grid", "hour"),
		named("d#1", "d", "Other grid news", "Grid", "grid"),
	}
	var ids []string
	for _, r := range Rank(q, "", cands, idf, nil, 10) {
		ids = append(ids, r.Thread)
	}
	if want := []string{"a#1", "c#1", "d#1"}; !slices.Equal(ids, want) {
		t.Errorf("ranked %v, want %v", ids, want)
	}
}
