package archive

import (
	"context"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/demo"
	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/store"
)

// TestDemoArchiveAsWritten imports the demo archive through the whole
// pipeline and scores it against the gold its authors wrote: furniture,
// round-up threads and storylines. The floors are below what we measure,
// so a regression fails the test.
func TestDemoArchiveAsWritten(t *testing.T) {
	a, _ := openTemp(t)
	ctx := context.Background()
	res, err := a.ImportFS(ctx, demo.Files(), ImportOptions{})
	if err != nil || res.Failed > 0 {
		t.Fatalf("demo import: %+v %v", res, err)
	}
	gold, err := demo.LoadGold()
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*store.Record{}
	if err := a.st.Each(func(r *store.Record) error { byPath[r.Article.Path] = r; return nil }); err != nil {
		t.Fatal(err)
	}
	if len(byPath) != len(demo.Names()) {
		t.Fatalf("%d stories for %d demo files", len(byPath), len(demo.Names()))
	}

	// Furniture: every gold furniture line marked, no prose marked.
	var furnGold, furnFound, prose, proseMarked int
	for name, r := range byPath {
		isFurn := map[int]bool{}
		for _, i := range gold.Furniture[name] {
			isFurn[i] = true
		}
		for i, p := range r.Article.Paragraphs {
			switch {
			case isFurn[i]:
				furnGold++
				if p.Boilerplate {
					furnFound++
				}
			default:
				prose++
				if p.Boilerplate {
					proseMarked++
				}
			}
		}
	}
	t.Logf("furniture: %d of %d marked; prose paragraphs marked by mistake: %d of %d", furnFound, furnGold, proseMarked, prose)
	if proseMarked > 0 {
		t.Errorf("%d real paragraphs marked as furniture", proseMarked)
	}

	// Round-ups: paragraph → thread against the gold matters.
	var p3, r3 float64
	var docs, exact int
	for name, matters := range gold.Roundups {
		r := byPath[name]
		threadOf := map[int]int{}
		for _, th := range r.Threads {
			for _, p := range th.Paragraphs {
				threadOf[p] = th.N
			}
		}
		var g, p []int
		for mi, m := range matters {
			for _, i := range m.Paragraphs {
				g = append(g, mi)
				p = append(p, threadOf[i])
			}
		}
		pp, rr := eval.B3(g, p)
		p3 += pp
		r3 += rr
		docs++
		if len(r.Threads) == len(matters) {
			exact++
		}
	}
	p3, r3 = p3/float64(docs), r3/float64(docs)
	f := 2 * p3 * r3 / (p3 + r3)
	t.Logf("round-ups: %d documents, paragraph→thread B3 P %.3f R %.3f F1 %.3f, thread count exact in %d", docs, p3, r3, f, exact)
	if f < 0.80 {
		t.Errorf("round-up threading B3 F1 %.3f below 0.80", f)
	}

	// Storylines: each (article, matter) lands in its storyline's arc.
	goldOf := map[string]string{}
	predOf := map[string]string{}
	for _, sl := range gold.Storylines {
		for _, name := range sl.Articles {
			r := byPath[name]
			paras := matterParagraphs(gold, name, sl.Name, r)
			key := name + "/" + sl.Key
			goldOf[key] = sl.Key
			predOf[key] = arcOfParagraphs(a, r, paras)
		}
	}
	bp, br, bf := eval.B3Clusters(goldOf, predOf)
	t.Logf("storylines: %d matter instances, B3 P %.3f R %.3f F1 %.3f", len(goldOf), bp, br, bf)
	if bf < 0.60 {
		t.Errorf("storyline B3 F1 %.3f below 0.60", bf)
	}

	// Related threads: the first related thread of a matter belongs to
	// the same gold storyline, and storylines read in date order.
	storyOf := map[string]string{} // story id -> gold storyline keys, joined
	for _, sl := range gold.Storylines {
		for _, name := range sl.Articles {
			storyOf[byPath[name].Article.ID] += "|" + sl.Key + "|"
		}
	}
	var asked, right int
	for _, sl := range gold.Storylines {
		if len(sl.Articles) < 2 {
			continue
		}
		for _, name := range sl.Articles {
			r := byPath[name]
			paras := matterParagraphs(gold, name, sl.Name, r)
			tid := threadOfParagraphs(r, paras)
			if tid == "" {
				continue
			}
			rel, err := a.Related(ctx, tid, 1)
			if err != nil {
				t.Fatal(err)
			}
			asked++
			if len(rel) > 0 && strings.Contains(storyOf[rel[0].Story], "|"+sl.Key+"|") {
				right++
			}
			arc := a.st.Arc(tid)
			if arc == "" {
				continue
			}
			line, err := a.Storyline(ctx, arc)
			if err != nil {
				t.Fatalf("storyline %s: %v", arc, err)
			}
			found := false
			for i, e := range line {
				found = found || e.Thread == tid
				if i > 0 && e.Published != nil && line[i-1].Published != nil && e.Published.Before(*line[i-1].Published) {
					t.Errorf("storyline %s out of date order at %d", arc, i)
				}
			}
			if !found {
				t.Errorf("storyline %s lacks its thread %s", arc, tid)
			}
		}
	}
	t.Logf("related: first related thread in the same gold storyline for %d of %d matters", right, asked)
	if float64(right) < 0.8*float64(asked) {
		t.Errorf("related: only %d of %d first related threads in the right storyline", right, asked)
	}
}

// threadOfParagraphs returns the id of the thread holding most of paras
// ("" when none holds any).
func threadOfParagraphs(r *store.Record, paras []int) string {
	in := map[int]bool{}
	for _, p := range paras {
		in[p] = true
	}
	best, bestN := "", 0
	for _, th := range r.Threads {
		n := 0
		for _, p := range th.Paragraphs {
			if in[p] {
				n++
			}
		}
		if n > bestN {
			best, bestN = ThreadID(r.Article.ID, th.N), n
		}
	}
	return best
}

// matterParagraphs returns the paragraphs of the article name that gold
// files under the storyline called matter: all its prose unless the
// article is a round-up.
func matterParagraphs(gold demo.Gold, name, matter string, r *store.Record) []int {
	for _, m := range gold.Roundups[name] {
		if m.Label == matter {
			return m.Paragraphs
		}
	}
	return allParagraphs(r)
}

func allParagraphs(r *store.Record) []int {
	var out []int
	for i, p := range r.Article.Paragraphs {
		if !p.Boilerplate {
			out = append(out, i)
		}
	}
	return out
}

// arcOfParagraphs returns the arc of the thread holding most of paras.
func arcOfParagraphs(a *Archive, r *store.Record, paras []int) string {
	best := threadOfParagraphs(r, paras)
	if arc := a.st.Arc(best); arc != "" {
		return arc
	}
	return "none:" + best
}
