package link

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/devdata"
)

// relinkFrom loads fs in the given order with no arcs, as a reindex does
// with the features of every stored story, relinks, and returns the
// thread→arc map and the storylines.
func relinkFrom(fs []Features) (map[string]string, []Arc) {
	l := New()
	for _, f := range fs {
		l.Load(f, "")
	}
	return l.Relink(), l.Arcs()
}

// undated returns fs without dates: every story ties on date, and only
// the tie-breaks order them.
func undated(fs []Features) []Features {
	out := slices.Clone(fs)
	for i := range out {
		out[i].Published = time.Time{}
	}
	return out
}

// bbcFeatures featurises n BBC development stories, each as one undated
// thread (the BBC set has no dates), or skips t without the data.
func bbcFeatures(t *testing.T, n int) []Features {
	t.Helper()
	var fs []Features
	for i, ps := range devdata.BBCParagraphs(t, n) {
		id := fmt.Sprintf("bbc%04d", i)
		fs = append(fs, Featurize(ThreadDoc{ID: id + "#1", Story: id, Title: ps[0], Text: strings.Join(ps[1:], "\n\n")}))
	}
	return fs
}

// TestRelinkIgnoresLoadOrder checks that a relink gives the same arcs,
// ids and labels whatever order the threads were loaded in (a reindex
// loads them in store order, an import's committer batch by batch), with
// dated and undated stories.
func TestRelinkIgnoresLoadOrder(t *testing.T) {
	var fixture []Features
	for _, s := range corpus() {
		fixture = append(fixture, s.features()...)
	}
	n := 600
	if testing.Short() {
		n = 150
	}
	sets := []struct {
		name string
		fs   func(*testing.T) []Features
	}{
		{"fixtures", func(*testing.T) []Features { return fixture }},
		{"fixtures undated", func(*testing.T) []Features { return undated(fixture) }},
		{"BBC undated", func(t *testing.T) []Features { return bbcFeatures(t, n) }},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			fs := set.fs(t)
			want, wantArcs := relinkFrom(fs)
			if len(wantArcs) == 0 {
				t.Fatal("no storyline at all: the check would prove nothing")
			}
			orders := map[string][]Features{"reverse": slices.Clone(fs)}
			slices.Reverse(orders["reverse"])
			for seed := range uint64(4) {
				o := slices.Clone(fs)
				rand.New(rand.NewPCG(seed, 7)).Shuffle(len(o), func(i, j int) { o[i], o[j] = o[j], o[i] })
				orders[fmt.Sprintf("shuffle %d", seed)] = o
			}
			for name, o := range orders {
				got, gotArcs := relinkFrom(o)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: thread arcs differ from those of the first order", name)
				}
				if !reflect.DeepEqual(gotArcs, wantArcs) {
					t.Errorf("%s: storylines differ:\n got %v\nwant %v", name, gotArcs, wantArcs)
				}
			}
		})
	}
}
