package archive

import (
	"context"
	"fmt"
	"sort"

	"github.com/storyline/storyline/index"
	"github.com/storyline/storyline/internal/link"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/versions"
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

// reindexChunk is how many stories (or threads) a reindex reads or writes
// at a time.
const reindexChunk = 512

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
	// Pass 1: the stories, which of them need analysing again, and fresh
	// document frequencies over the whole archive, so every re-analysis
	// sees the same statistics. Nothing but ids is kept: an archive of
	// 100,000 stories does not fit in memory whole.
	var ids []string
	stale := map[string]bool{}
	dfDelta := map[string]int{}
	units := 0
	err := a.st.Each(func(r *store.Record) error {
		ids = append(ids, r.Article.ID)
		if reanalyse || r.NLPVersion != AnalysisVersion() {
			stale[r.Article.ID] = true
		}
		tc := storyTerms(&r.Article)
		tc.tally(dfDelta, 1)
		units += tc.units
		return nil
	})
	if err != nil {
		return nil, err
	}
	res := &ReindexResult{Stories: len(ids), Reanalysed: len(stale)}
	if err := a.st.ResetAnalysis(); err != nil {
		return nil, err
	}
	a.mu.Lock()
	a.df, a.linker, a.reg = nil, nil, nil
	a.mu.Unlock()
	a.linkMu.Lock()
	a.vx = nil // the next import reads the sketches again
	a.linkMu.Unlock()
	if err := a.st.Write(&store.Batch{DF: dfDelta, Docs: units}); err != nil {
		return nil, err
	}
	if err := a.loadDF(); err != nil {
		return nil, err
	}
	// Pass 2: stories analysed by an older version are analysed again and
	// written back, a chunk at a time, with every thread's link features;
	// the linker takes the features as they come (Relink orders them by
	// date itself).
	// Versions are grouped again in arrival order, as the imports did.
	l := link.New()
	vx := &versions.Index{}
	err = a.st.EachChunk(reindexChunk, func(rs []*store.Record) error {
		bt := &store.Batch{Sketches: map[string]versions.Sketch{}, VersionOf: map[string]string{}}
		texts := make([]storyText, 0, len(rs))
		for _, r := range rs {
			var feats []link.Features
			var sk versions.Sketch
			if stale[r.Article.ID] {
				an := analyse(&r.Article, a.df)
				bt.Records = append(bt.Records, an.rec)
				feats, sk = an.feats, an.rec.Sketch
			} else {
				feats = linkFeatures(r)
				// Stories stored before sketches existed get theirs.
				sk = versions.OfArticle(&r.Article)
				bt.Sketches[r.Article.ID] = sk
			}
			texts = append(texts, storyText{id: r.Article.ID, title: r.Article.Title, sketch: sk})
			for _, f := range feats {
				l.Load(f, "")
			}
			bt.Features = append(bt.Features, feats...)
		}
		if err := a.groupVersions(vx, texts, bt.VersionOf); err != nil {
			return err
		}
		res.Threads += len(bt.Features)
		return a.st.Write(bt)
	})
	if err != nil {
		return nil, err
	}
	// Relink everything in date order, exactly as an import would, and
	// write the arcs back in batches.
	arcs := l.Relink()
	a.mu.Lock()
	a.linker = l
	a.mu.Unlock()
	threads := make([]string, 0, len(arcs))
	for t := range arcs {
		threads = append(threads, t)
	}
	sort.Strings(threads)
	for i := 0; i < len(threads); i += reindexChunk {
		bt := &store.Batch{Arcs: map[string]string{}, ArcSizes: map[string]int{}}
		for _, t := range threads[i:min(i+reindexChunk, len(threads))] {
			arc := arcs[t]
			bt.Arcs[t] = arc
			if n := storedArcSize(l, arc); n > 0 {
				bt.ArcSizes[arc] = n
			}
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
	a.ixMu.Lock()
	a.ix = ix
	a.ixMu.Unlock()
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
	// Every story now carries this version's analysis.
	if err := a.st.SetMeta(metaAnalysis, AnalysisVersion()); err != nil {
		return nil, err
	}
	return res, nil
}

// metaAnalysis names the store's record of the analysis version every
// story was analysed with ("" when unknown or mixed).
const metaAnalysis = "analysis"

// AnalysisOutdated reports whether some stories may carry the analysis of
// an older storyline (threads, actors, storylines): `storyline reindex`
// brings them up to date. It is cheap (one stored value).
func (a *Archive) AnalysisOutdated() bool {
	return a.st.Count() > 0 && a.st.Meta(metaAnalysis) != AnalysisVersion()
}
