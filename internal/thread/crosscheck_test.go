package thread_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/devdata"
	"github.com/storyline/storyline/internal/link"
	"github.com/storyline/storyline/internal/thread"
)

// storyAnalysis is what the archive computes for one story: actors
// (actor.Extract), threads and paragraph terms (thread.SplitTerms) and
// each thread's link features (link.Featurize), each of which works in
// recycled scratch.
type storyAnalysis struct {
	Actors  []actor.Actor
	Threads []thread.Thread
	Terms   [][]string
	Feats   []link.Features
}

// analyseStory runs the archive's per-story analysis on paras.
func analyseStory(id string, paras []article.Paragraph, stats thread.Stats) storyAnalysis {
	acts := actor.Extract(paras)
	threads, terms := thread.SplitTerms(paras, acts, stats)
	feats := make([]link.Features, 0, len(threads))
	for _, t := range threads {
		in := map[int]bool{}
		var texts []string
		for _, p := range t.Paragraphs {
			in[p] = true
			if !paras[p].Boilerplate {
				texts = append(texts, paras[p].Text)
			}
		}
		var keys []string
		for _, a := range acts {
			for _, p := range a.Paragraphs {
				if in[p] {
					keys = append(keys, actor.Key(a))
					break
				}
			}
		}
		feats = append(feats, link.Featurize(link.ThreadDoc{
			ID: fmt.Sprintf("%s#%d", id, t.N), Story: id, Label: t.Label,
			Text: strings.Join(texts, "\n\n"), Actors: keys,
		}))
	}
	return storyAnalysis{acts, threads, terms, feats}
}

// diff names the first part of the analysis that differs, or "".
func (a storyAnalysis) diff(b storyAnalysis) string {
	switch {
	case !reflect.DeepEqual(a.Actors, b.Actors):
		return fmt.Sprintf("actors\n got %+v\nwant %+v", a.Actors, b.Actors)
	case !reflect.DeepEqual(a.Threads, b.Threads):
		return fmt.Sprintf("threads\n got %+v\nwant %+v", a.Threads, b.Threads)
	case !reflect.DeepEqual(a.Terms, b.Terms):
		return "paragraph terms"
	case !reflect.DeepEqual(a.Feats, b.Feats):
		return fmt.Sprintf("link features\n got %+v\nwant %+v", a.Feats, b.Feats)
	}
	return ""
}

// emptyPools drops everything every sync.Pool holds, so that the next
// analysis starts on new scratch: a pool's objects survive one collection
// in its victim cache and go at the second.
func emptyPools() { runtime.GC(); runtime.GC() }

// bbcSample returns n BBC development stories spread over the file, as
// the importer parses them (ids as the importer gives them).
func bbcSample(t *testing.T, n int) []article.Article {
	t.Helper()
	arts, err := article.ParseFile(devdata.Path(t, "bbc-news/bbc-news.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var out []article.Article
	step := max(1, len(arts)/n)
	for i := 0; i < len(arts) && len(out) < n; i += step {
		a := arts[i]
		if a.ID == "" {
			a.ID = article.StableID(&a)
		}
		out = append(out, a)
	}
	return out
}

// TestAnalysisIndependentOfPredecessor analyses BBC stories each on new
// scratch (pools emptied) and again right after other stories on the same
// scratch (one P, so each pool hands back what the story before left):
// after the next story of the sample, the largest and the smallest. Every
// part of the analysis must be the same, and a result must not change
// when later stories reuse the scratch it was computed in.
func TestAnalysisIndependentOfPredecessor(t *testing.T) {
	n := 60
	if testing.Short() {
		n = 20
	}
	stories := bbcSample(t, n)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	df := thread.NewDocFreq()
	for _, a := range stories {
		for _, p := range a.Paragraphs {
			if !p.Boilerplate {
				df.Add(p.Text)
			}
		}
	}
	size := func(a article.Article) int {
		s := 0
		for _, p := range a.Paragraphs {
			s += len(p.Text)
		}
		return s
	}
	largest, smallest := 0, 0
	for i, a := range stories {
		if size(a) > size(stories[largest]) {
			largest = i
		}
		if size(a) < size(stories[smallest]) {
			smallest = i
		}
	}
	fresh := make([]storyAnalysis, len(stories))
	for i, a := range stories {
		emptyPools()
		fresh[i] = analyseStory(a.ID, a.Paragraphs, df)
	}
	snap, err := json.Marshal(fresh)
	if err != nil {
		t.Fatal(err)
	}
	befores := []struct {
		name string
		of   func(i int) int
	}{
		{"the next story", func(i int) int { return (i + 1) % len(stories) }},
		{"the largest story", func(int) int { return largest }},
		{"the smallest story", func(int) int { return smallest }},
	}
	for _, b := range befores {
		t.Run("after "+b.name, func(t *testing.T) {
			for i, a := range stories {
				p := stories[b.of(i)]
				analyseStory(p.ID, p.Paragraphs, df)
				if d := analyseStory(a.ID, a.Paragraphs, df).diff(fresh[i]); d != "" {
					t.Errorf("%s after %s: %s", a.ID, p.ID, d)
				}
			}
		})
	}
	again, err := json.Marshal(fresh)
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(snap) {
		t.Error("results changed after later stories reused their scratch")
	}
}
