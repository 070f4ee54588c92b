package archive

import (
	"context"
	"fmt"
	"sort"

	"github.com/storyline/storyline/index"
	"github.com/storyline/storyline/internal/link"
	"github.com/storyline/storyline/internal/store"
)

// loadAnalysis loads the document frequencies and the linker from the
// store, once.
func (a *Archive) loadAnalysis() error {
	if err := a.loadDF(); err != nil {
		return err
	}
	_, err := a.getLinker()
	return err
}

func (a *Archive) loadDF() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.df != nil {
		return nil
	}
	m, n, err := a.st.DF()
	if err != nil {
		return fmt.Errorf("read document frequencies: %w", err)
	}
	a.df = &docFreq{df: m, n: n}
	return nil
}

// withLinker runs fn with the linker, restoring it from the store on first
// use. The linker is not safe for concurrent use (even its reads use
// scratch space), so every call holds linkMu.
func (a *Archive) withLinker(fn func(l *link.Linker) error) error {
	l, err := a.getLinker()
	if err != nil {
		return err
	}
	a.linkMu.Lock()
	defer a.linkMu.Unlock()
	return fn(l)
}

// getLinker returns the linker, restoring it from the store on first use.
func (a *Archive) getLinker() (*link.Linker, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.linker != nil {
		return a.linker, nil
	}
	l := link.New()
	err := a.st.Features(func(f link.Features, arc string) error {
		l.Load(f, arc)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read link features: %w", err)
	}
	a.linker = l
	return l, nil
}

// reindexIDs re-indexes the given stored stories from the store.
func (a *Archive) reindexIDs(_ context.Context, ids []string, progress func(done, total int)) error {
	const batch = 512
	for i := 0; i < len(ids); i += batch {
		j := min(i+batch, len(ids))
		var docs []index.Doc
		var del, ok []string
		for _, id := range ids[i:j] {
			r, err := a.st.Get(id)
			if err != nil {
				return err
			}
			if r == nil {
				del = append(del, id)
			} else {
				docs = append(docs, indexDoc(r))
			}
			ok = append(ok, id)
		}
		if err := a.ix.Apply(docs, del); err != nil {
			return err
		}
		if err := a.st.ConfirmIndexed(ok); err != nil {
			return err
		}
		if progress != nil {
			progress(j, len(ids))
		}
	}
	return nil
}

// ReindexResult is the `reindex` document.
type ReindexResult struct {
	Stories    int `json:"stories"`
	Reanalysed int `json:"reanalysed"`
	Threads    int `json:"threads"`
	Arcs       int `json:"arcs"`
}

// Reindex rebuilds the search index from the store and relinks every
// thread. Stories analysed by an older analysis version (or all, with
// reanalyse) are analysed again first.
func (a *Archive) Reindex(ctx context.Context, reanalyse bool, progress func(done, total int)) (*ReindexResult, error) {
	if a.readOnly {
		return nil, fmt.Errorf("archive is open read-only")
	}
	var ids []string
	var stale []*store.Record
	err := a.st.Each(func(r *store.Record) error {
		ids = append(ids, r.Article.ID)
		if reanalyse || r.NLPVersion != AnalysisVersion() {
			stale = append(stale, r)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	res := &ReindexResult{Stories: len(ids), Reanalysed: len(stale)}
	// Fresh document frequencies over the whole archive first, so every
	// re-analysis sees the same statistics.
	if err := a.st.ResetAnalysis(); err != nil {
		return nil, err
	}
	a.mu.Lock()
	a.df, a.linker, a.reg = nil, nil, nil
	a.mu.Unlock()
	dfDelta := map[string]int{}
	units := 0
	var all []*store.Record
	err = a.st.Each(func(r *store.Record) error {
		tc := storyTerms(&r.Article)
		for t, n := range tc.df {
			dfDelta[t] += n
		}
		units += tc.units
		all = append(all, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := a.st.Write(&store.Batch{DF: dfDelta, Docs: units}); err != nil {
		return nil, err
	}
	if err := a.loadDF(); err != nil {
		return nil, err
	}
	staleSet := map[string]bool{}
	for _, r := range stale {
		staleSet[r.Article.ID] = true
	}
	for i, r := range all {
		if staleSet[r.Article.ID] {
			all[i] = analyse(&r.Article, a.df).rec
		}
	}
	// Relink everything in date order, exactly as an import would.
	sort.Slice(all, func(i, j int) bool {
		ti, tj := all[i].Article.Published, all[j].Article.Published
		if !ti.Equal(tj) {
			return ti.Before(tj)
		}
		return all[i].Article.ID < all[j].Article.ID
	})
	l := link.New()
	var feats []link.Features
	for _, r := range all {
		for _, d := range threadDocs(r) {
			feats = append(feats, link.Featurize(d))
		}
	}
	for _, f := range feats {
		l.Load(f, "")
	}
	arcs := l.Relink()
	a.mu.Lock()
	a.linker = l
	a.mu.Unlock()
	// Write back in batches; everything is pending until re-indexed.
	const batch = 512
	for i := 0; i < len(all); i += batch {
		j := min(i+batch, len(all))
		bt := &store.Batch{Records: all[i:j], Arcs: map[string]string{}, ArcSizes: map[string]int{}}
		for _, r := range all[i:j] {
			for _, t := range r.Threads {
				res.Threads++
				tid := ThreadID(r.Article.ID, t.N)
				bt.Arcs[tid] = arcs[tid]
				if n := l.ArcSize(arcs[tid]); n > 0 {
					bt.ArcSizes[arcs[tid]] = n
				}
			}
		}
		if i == 0 {
			bt.Features = feats
		}
		if err := a.st.Write(bt); err != nil {
			return nil, err
		}
	}
	if err := a.ix.Close(); err != nil {
		return nil, err
	}
	if err := index.Remove(a.dir); err != nil {
		return nil, err
	}
	ix, err := index.Open(a.dir, false)
	if err != nil {
		return nil, err
	}
	a.ix = ix
	if err := a.reindexIDs(ctx, ids, progress); err != nil {
		return nil, err
	}
	// Everything was rewritten: leave full pages and one index segment.
	if err := a.compactIfSlack(true); err != nil {
		return nil, err
	}
	if len(ids) >= 1000 {
		if err := a.ix.Merge(ctx); err != nil {
			return nil, err
		}
	}
	res.Arcs = len(l.Arcs())
	return res, nil
}
