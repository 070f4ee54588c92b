package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/storyline/storyline/index"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/thread"
)

// Progress reports how far an import is.
type Progress struct {
	FilesDone, FilesTotal int
	Added, Updated        int
	Unchanged, Failed     int
	// FilesRead counts the inputs read whole (parsing runs ahead of
	// analysis), Read the stories they hold, and Handled the stories
	// written, skipped as unchanged or failed so far: how far one big
	// file has got.
	FilesRead, Read, Handled int
}

// Fraction estimates how much of the import is done, from 0 to 1: the
// share of inputs read times the share of their stories handled, and
// never less than the share of inputs done.
func (p Progress) Fraction() float64 {
	if p.FilesTotal <= 0 {
		return 0
	}
	done := float64(p.FilesDone) / float64(p.FilesTotal)
	if p.Read <= 0 {
		return done
	}
	est := float64(p.FilesRead) / float64(p.FilesTotal) * float64(p.Handled) / float64(p.Read)
	return min(max(est, done), 1)
}

// ImportOptions tune an import.
type ImportOptions struct {
	// Progress, when set, is called from the importing goroutine after
	// every file and every flushed batch.
	Progress func(Progress)
	// BatchSize is the number of stories written per store transaction
	// and index batch (default 256).
	BatchSize int
	// Stdin is read for the input "-" (default os.Stdin).
	Stdin io.Reader
	// Workers is the number of parse/analyse goroutines (default NumCPU).
	Workers int
}

// input is one thing to parse: a file path, or stdin.
type input struct {
	path string
	open func() ([]article.Article, error)
}

// parsedFile is one parsed input.
type parsedFile struct {
	idx  int
	path string
	arts []article.Article
	err  error
}

// event is one step of an import, numbered in input order. Workers may
// finish events out of order; the writer takes them back in order, so an
// import's outcome never depends on scheduling.
type event struct {
	seq     int
	path    string
	fileEnd bool  // the last event of an input: counts it as done
	err     error // the input (or this article) failed
	oldHash string
	repeat  bool             // the story was met earlier in this import
	art     *article.Article // to analyse; nil when unchanged
	an      *analysed        // the analysis of art
}

// ImportMemoryLimit is the soft memory limit an import process sets
// (runtime/debug.SetMemoryLimit): an import makes a great deal of
// short-lived garbage, and without a limit the heap grows to twice the live
// data before each collection. Callers that import set it with
// LimitImportMemory.
const ImportMemoryLimit = 512 << 20

// LimitImportMemory applies ImportMemoryLimit to this process, unless the
// user set GOMEMLIMIT.
func LimitImportMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(ImportMemoryLimit)
	}
}

// Import reads every path (files, folders recursively, "-" for stdin) into
// the archive. Bad inputs are reported in the result and skipped; the
// returned error is only for failures of the archive itself.
func (a *Archive) Import(ctx context.Context, paths []string, opts ImportOptions) (*ImportResult, error) {
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	inputs, walkErrs := expand(paths, opts.Stdin)
	return a.importInputs(ctx, inputs, walkErrs, opts)
}

// importInputs runs the pipeline: parse (parallel) → sequence and skip
// unchanged → analyse (parallel) → write in batches (store, index, links).
func (a *Archive) importInputs(ctx context.Context, inputs []input, walkErrs []FileError, opts ImportOptions) (*ImportResult, error) {
	if a.readOnly {
		return nil, errors.New("archive is open read-only")
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 256
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.NumCPU()
	}
	if a.st.Count() == 0 {
		// A new archive: every story it gets is analysed by this version.
		if err := a.st.SetMeta(metaAnalysis, AnalysisVersion()); err != nil {
			return nil, err
		}
	}
	res := &ImportResult{Errors: []FileError{}}
	for _, e := range walkErrs {
		res.Failed++
		res.Errors = append(res.Errors, e)
	}
	if err := a.loadAnalysis(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Every story of one import is analysed with the same document
	// frequencies, so the result never depends on how far the committer
	// has got. An archive too young for its statistics to mean much gets
	// those of the inputs too, from a first, parse-only pass.
	stats := a.df.snapshot()
	// parsed holds the inputs the first pass parsed, so the main pass
	// does not parse them again; each is dropped once taken.
	parsed := make([]*parsedFile, len(inputs))
	if stats.n < thinArchiveUnits {
		if err := addInputTerms(ctx, stats, inputs, opts.Workers, parsed); err != nil {
			return nil, err
		}
	}
	frozen := frozenDF{df: stats.df, n: stats.n}

	// Stage 1: parse inputs in parallel.
	files := eachInput(ctx, inputs, opts.Workers, func(i int, in input) parsedFile {
		pf := parsed[i]
		parsed[i] = nil
		if pf == nil {
			arts, err := safeParse(in)
			pf = &parsedFile{idx: i, path: in.path, arts: arts, err: err}
		}
		return *pf
	})

	// Stage 2: put files back in input order, number their articles and
	// skip what the archive already holds unchanged.
	events := make(chan event, opts.Workers*4)
	var read, filesRead atomic.Int64 // for Progress
	go func() {
		defer close(events)
		seen := map[string]bool{}
		waiting := map[int]parsedFile{}
		next, seq := 0, 0
		emit := func(e event) bool {
			e.seq = seq
			seq++
			select {
			case events <- e:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for f := range files {
			waiting[f.idx] = f
			for {
				f, ok := waiting[next]
				if !ok {
					break
				}
				delete(waiting, next)
				next++
				read.Add(int64(len(f.arts)))
				filesRead.Add(1)
				for i := range f.arts {
					art := &f.arts[i]
					if art.ID == "" {
						art.ID = article.StableID(art)
					}
					if art.Path == "" {
						art.Path = f.path
					}
					e := event{path: f.path, repeat: seen[art.ID]}
					if !seen[art.ID] {
						seen[art.ID] = true
						e.oldHash = a.st.Hash(art.ID)
						if e.oldHash != article.ContentHash(art) {
							e.art = art
						}
					}
					if !emit(e) {
						return
					}
				}
				if !emit(event{path: f.path, fileEnd: true, err: f.err}) {
					return
				}
			}
		}
	}()

	// Stage 3: analyse in parallel.
	analysed := make(chan event, opts.Workers*4)
	var awg sync.WaitGroup
	for i := 0; i < opts.Workers; i++ {
		awg.Add(1)
		go func() {
			defer awg.Done()
			for e := range events {
				if e.art != nil {
					e.an, e.err = safeAnalyse(e.art, frozen)
				}
				select {
				case analysed <- e:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { awg.Wait(); close(analysed) }()

	// Stage 5: commit batches (link, store, index) on their own goroutine
	// so analysis goes on while a batch is written.
	w := &writer{a: a, res: res, opts: opts, total: len(inputs), read: &read, filesRead: &filesRead, commits: make(chan commitJob, 1), committed: make(chan error, 1)}
	go func() {
		var err error
		for j := range w.commits {
			if err == nil {
				if err = a.commit(j.batch, j.upd); err != nil {
					w.committed <- err // seen by the next flush, or at the end
				}
			}
		}
		if err == nil {
			w.committed <- nil
		}
	}()

	// Stage 4: take results in input order and batch them.
	var werr error
	waiting := map[int]event{}
	next := 0
	for e := range analysed {
		waiting[e.seq] = e
		for {
			e, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			next++
			if werr == nil {
				if werr = w.take(e); werr != nil {
					cancel()
				}
			}
		}
	}
	if werr == nil {
		werr = w.flush()
	}
	close(w.commits)
	if err := <-w.committed; werr == nil {
		werr = err
	}
	if werr == nil && ctx.Err() != nil {
		werr = ctx.Err()
	}
	if werr == nil && res.Added+res.Updated > 0 {
		werr = a.compactIfSlack(bulkImport(res.Added, a.st.Count()))
	}
	if werr == nil && bulkImport(res.Added, a.st.Count()) {
		werr = a.ix.Merge(ctx)
	}
	w.progress()
	return res, werr
}

// Compaction thresholds: a store is rewritten after an import when it is
// at least compactMinBytes and less than compactMinUse of it holds data,
// or compactBulkUse after a bulk import (see bulkImport) or a reindex,
// which cost far more than the compaction (a fresh compaction leaves about
// 95 % in use; at 100,000 stories it takes about 4 s and saves 11 % of
// the store). Small imports into a big archive do not pay for a rewrite
// of the whole file until the slack is large.
const (
	compactMinBytes = 1 << 20
	compactMinUse   = 0.8
	compactBulkUse  = 0.9
)

// bulkImport reports whether an import that added added stories to an
// archive now holding total grew it enough (by a quarter or more, at least
// 1,000 stories) for merging the index into one segment to pay: that
// takes about as long as indexing the archive once more, and makes the
// index about 7 % smaller.
func bulkImport(added, total int) bool {
	return added >= 1000 && 4*added >= total
}

// compactIfSlack rewrites the store when an import has left much of its
// file unused: bbolt never shrinks its file, and the buckets keyed by id
// (arcs, dates, frequencies) still split pages as random ids arrive.
func (a *Archive) compactIfSlack(bulk bool) error {
	use := compactMinUse
	if bulk {
		use = compactBulkUse
	}
	file, used, err := a.st.Slack()
	if err != nil || file < compactMinBytes || float64(used) >= use*float64(file) {
		return err
	}
	return a.st.Compact()
}

// thinArchiveUnits is the number of reading paragraphs below which an
// archive's document frequencies are topped up from the inputs.
const thinArchiveUnits = 20000

// eachInput runs fn on every input (with its index) in workers goroutines
// and sends the results, in whatever order they finish, on the channel it
// returns, which is closed once all are done or ctx is cancelled.
func eachInput[T any](ctx context.Context, inputs []input, workers int, fn func(int, input) T) <-chan T {
	type job struct {
		idx int
		in  input
	}
	jobs := make(chan job)
	out := make(chan T, workers)
	go func() {
		defer close(jobs)
		for i, in := range inputs {
			select {
			case jobs <- job{i, in}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				select {
				case out <- fn(j.idx, j.in):
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

// inputStatsUnits bounds the reading paragraphs the parse-only pass
// counts: statistics of that many paragraphs are as good as those of more,
// and a first import of 100,000 stories need not parse them all twice.
const inputStatsUnits = 4 * thinArchiveUnits

// addInputTerms adds to stats the term counts of the inputs' articles, in
// input order, until inputStatsUnits reading paragraphs are counted (in
// order, so the result never depends on which worker finished first).
// Inputs that fail to parse are skipped here and reported by the import.
// Each input parsed here, counted whole, in part or not at all (workers
// run ahead of the count), is kept in parsed (by input index) for the
// main pass, which would only parse it again.
func addInputTerms(ctx context.Context, stats *docFreq, inputs []input, workers int, parsed []*parsedFile) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type counted struct {
		idx    int
		counts []termCounts
		file   *parsedFile
	}
	results := eachInput(ctx, inputs, workers, func(idx int, in input) counted {
		arts, err := safeParse(in)
		c := counted{idx: idx, counts: make([]termCounts, 0, len(arts)), file: &parsedFile{idx: idx, path: in.path, arts: arts, err: err}}
		// Each story's terms are counted in one list reused from story to
		// story and kept in a copy of their exact size: grown story by
		// story, the lists cost twice their size in garbage.
		var buf []string
		for i := range arts {
			if ctx.Err() != nil {
				break
			}
			tc := storyTermsIn(buf, &arts[i])
			buf = tc.terms
			tc.terms = slices.Clone(tc.terms)
			c.counts = append(c.counts, tc)
		}
		return c
	})
	waiting := map[int]counted{}
	next, base := 0, stats.n
	for r := range results {
		// Every input parsed here is parsed whole, counted or not.
		parsed[r.idx] = r.file
		waiting[r.idx] = r
		for stats.n-base < inputStatsUnits {
			c, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			next++
			for _, tc := range c.counts {
				if stats.n-base >= inputStatsUnits {
					break
				}
				tc.tally(stats.df, 1)
				stats.n += tc.units
			}
		}
		if stats.n-base >= inputStatsUnits {
			cancel() // enough: the other workers stop
		}
	}
	if stats.n-base >= inputStatsUnits {
		return nil
	}
	return ctx.Err()
}

// withoutPath drops the file's own path from a parser's message (the
// error is reported under that path already): "PATH: msg" becomes "msg",
// "PATH:12: msg" becomes "line 12: msg"; several errors join with "; ".
func withoutPath(msg, path string) string {
	var parts []string
	for _, m := range strings.Split(msg, "\n") {
		if rest, ok := strings.CutPrefix(m, path+":"); ok {
			line, after, found := strings.Cut(rest, ":")
			if _, err := strconv.Atoi(line); found && err == nil {
				m = "line " + line + ":" + after
			} else {
				m = strings.TrimPrefix(rest, " ")
			}
		}
		parts = append(parts, m)
	}
	return strings.Join(parts, "; ")
}

// commitJob is one batch handed to the committer.
type commitJob struct {
	batch []*analysed
	upd   map[string]bool
}

// expand turns the user's paths into inputs, walking folders. Errors name
// the path that could not be read.
func expand(paths []string, stdin io.Reader) ([]input, []FileError) {
	var ins []input
	var errs []FileError
	seen := map[string]bool{}
	add := func(p string) {
		if seen[p] {
			return
		}
		seen[p] = true
		path := p
		ins = append(ins, input{path: path, open: func() ([]article.Article, error) { return article.ParseFile(path) }})
	}
	for _, p := range paths {
		if p == "-" {
			// Standard input is read once and kept, so it can be parsed
			// more than once (statistics pass, import pass). One byte past
			// the parser's cap is enough for it to refuse the input.
			var data []byte
			var readErr error
			read := sync.OnceFunc(func() { data, readErr = io.ReadAll(io.LimitReader(stdin, article.MaxFileBytes+1)) })
			ins = append(ins, input{path: "-", open: func() ([]article.Article, error) {
				read()
				if readErr != nil {
					return nil, readErr
				}
				return article.Parse("-", bytes.NewReader(data))
			}})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			errs = append(errs, FileError{Path: p, Error: cleanErr(err)})
			continue
		}
		if !fi.IsDir() {
			add(p)
			continue
		}
		// A folder named through a symbolic link is walked where it leads
		// (links met inside the walk are not followed into folders).
		root := p
		if real, err := filepath.EvalSymlinks(p); err == nil {
			root = real
		}
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, FileError{Path: path, Error: cleanErr(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if path != root && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// Follow links to files, never into folders (no loops).
				fi, err := os.Stat(path)
				if err != nil {
					errs = append(errs, FileError{Path: path, Error: "broken symbolic link: " + cleanErr(err)})
					return nil
				}
				if fi.IsDir() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			if assetExt[strings.ToLower(filepath.Ext(name))] {
				return nil // images, styles, scripts saved beside web pages
			}
			add(path)
			return nil
		})
	}
	sort.SliceStable(ins, func(i, j int) bool { return ins[i].path < ins[j].path && ins[i].path != "-" && ins[j].path != "-" })
	return ins, errs
}

// assetExt are extensions of files that sit beside saved articles but are
// never articles; a folder walk passes them by (named explicitly, they are
// tried like any file).
var assetExt = map[string]bool{
	".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".webp": true, ".svg": true, ".ico": true, ".bmp": true, ".tif": true, ".tiff": true,
	".css": true, ".js": true, ".mjs": true, ".map": true, ".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true,
	".mp3": true, ".mp4": true, ".webm": true, ".mov": true, ".wav": true, ".ogg": true,
	".zip": true, ".tar": true, ".7z": true, ".exe": true, ".so": true, ".dll": true, ".dylib": true, ".db": true, ".sqlite": true,
}

func cleanErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// safeAnalyse turns an analysis panic into an error for that article.
func safeAnalyse(art *article.Article, df thread.Stats) (an *analysed, err error) {
	defer func() {
		if r := recover(); r != nil {
			an, err = nil, fmt.Errorf("analysis failed on %q: %v", art.Title, r)
		}
	}()
	return analyse(art, df), nil
}

// safeParse turns a parser panic into an error for that file, so one
// hostile input can never stop an import.
func safeParse(in input) (arts []article.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			arts, err = nil, fmt.Errorf("%s: parser failed on this input: %v", in.path, r)
		}
	}()
	return in.open()
}

// writer accumulates analysed stories and writes them in batches; it runs
// on the importing goroutine only.
type writer struct {
	a        *Archive
	res      *ImportResult
	opts     ImportOptions
	batch    []*analysed
	upd      map[string]bool // ids in batch that are updates
	done     int
	total    int
	fileErrs []error
	// read and filesRead are counted by the stage that reads inputs;
	// handled counts the stories taken here.
	read, filesRead *atomic.Int64
	handled         int

	commits   chan commitJob
	committed chan error // the committer's first error (or nil when it is done)
}

func (w *writer) progress() {
	if w.opts.Progress != nil {
		p := Progress{FilesDone: w.done, FilesTotal: w.total, Added: w.res.Added, Updated: w.res.Updated, Unchanged: w.res.Unchanged, Failed: w.res.Failed, Handled: w.handled}
		if w.read != nil {
			p.Read, p.FilesRead = int(w.read.Load()), int(w.filesRead.Load())
		}
		w.opts.Progress(p)
	}
}

func (w *writer) take(e event) error {
	if e.fileEnd {
		w.done++
		if err := errors.Join(append(w.fileErrs, e.err)...); err != nil {
			w.res.Failed++
			w.res.Errors = append(w.res.Errors, FileError{Path: e.path, Error: withoutPath(err.Error(), e.path)})
		}
		w.fileErrs = nil
		w.progress()
		return nil
	}
	w.handled++
	if e.err != nil {
		w.fileErrs = append(w.fileErrs, e.err)
		return nil
	}
	if e.an == nil {
		w.res.Unchanged++
		if e.repeat {
			w.res.Repeated++
		}
		return nil
	}
	if w.upd == nil {
		w.upd = map[string]bool{}
	}
	if e.oldHash != "" {
		w.upd[e.an.rec.Article.ID] = true
		w.res.Updated++
	} else {
		w.res.Added++
	}
	w.batch = append(w.batch, e.an)
	if len(w.batch) >= w.opts.BatchSize {
		return w.flush()
	}
	return nil
}

// flush writes the batch: store (marked pending) → index → confirm.
func (w *writer) flush() error {
	if len(w.batch) == 0 {
		return nil
	}
	recs := w.batch
	w.batch = nil
	upd := w.upd
	w.upd = nil
	select {
	case w.commits <- commitJob{recs, upd}:
	case err := <-w.committed:
		// The committer stopped on an error: report it now.
		w.committed <- err
		return err
	}
	w.progress()
	return nil
}

// commit links, stores and indexes a batch of analysed stories.
func (a *Archive) commit(batch []*analysed, upd map[string]bool) error {
	// The store takes the stories in input order (their arrival order,
	// by which undated stories are listed); the linker in date order.
	bt := &store.Batch{DF: map[string]int{}}
	for _, an := range batch {
		bt.Records = append(bt.Records, an.rec)
	}
	batch = slices.Clone(batch)
	sort.Slice(batch, func(i, j int) bool {
		ti, tj := batch[i].rec.Article.Published, batch[j].rec.Article.Published
		if !ti.Equal(tj) {
			return ti.Before(tj)
		}
		return batch[i].rec.Article.ID < batch[j].rec.Article.ID
	})
	a.linkMu.Lock()
	defer a.linkMu.Unlock()
	for _, an := range batch {
		id := an.rec.Article.ID
		if upd[id] {
			if old, err := a.st.Get(id); err == nil && old != nil {
				for _, t := range old.Threads {
					bt.RemoveThreads = append(bt.RemoveThreads, ThreadID(id, t.N))
				}
				old := storyTerms(&old.Article)
				old.tally(bt.DF, -1)
				bt.Docs -= old.units
			}
			a.linker.Remove(id)
		}
		an.terms.tally(bt.DF, 1)
		bt.Docs += an.terms.units
	}
	a.df.add(bt.DF, bt.Docs)
	if err := a.groupBatch(bt, upd); err != nil {
		return err
	}
	bt.Arcs = map[string]string{}
	bt.ArcSizes = map[string]int{}
	for _, an := range batch {
		bt.Features = append(bt.Features, an.feats...)
		for t, arc := range a.linker.Add(an.feats) {
			bt.Arcs[t] = arc
		}
	}
	// Linking may move threads of other stories between arcs: refresh
	// the size of every arc a thread left or joined.
	for t, arc := range bt.Arcs {
		bt.ArcSizes[arc] = 0
		if old := a.st.Arc(t); old != "" {
			bt.ArcSizes[old] = 0
		}
	}
	for arc := range bt.ArcSizes {
		bt.ArcSizes[arc] = storedArcSize(a.linker, arc)
	}
	if err := a.st.Write(bt); err != nil {
		return fmt.Errorf("write store: %w", err)
	}
	a.mu.Lock()
	if a.reg != nil {
		for _, an := range batch {
			a.reg.Add(an.rec.Article.ID, an.rec.Actors)
		}
	}
	a.mu.Unlock()
	ids := make([]string, len(batch))
	docs := make([]index.Doc, len(batch))
	for i, an := range batch {
		ids[i] = an.rec.Article.ID
		docs[i] = an.doc
	}
	if err := a.ix.Apply(docs, nil); err != nil {
		return fmt.Errorf("write index: %w", err)
	}
	defer a.resident.Check()
	return a.st.ConfirmIndexed(ids)
}

// ImportFS imports every regular file of fsys (the embedded demo).
func (a *Archive) ImportFS(ctx context.Context, fsys fs.FS, opts ImportOptions) (*ImportResult, error) {
	var ins []input
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		path := p
		ins = append(ins, input{path: path, open: func() ([]article.Article, error) {
			f, err := fsys.Open(path)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			return article.Parse(path, f)
		}})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return a.importInputs(ctx, ins, nil, opts)
}

// ImportArticles imports already-parsed articles (used by `eval link`,
// which needs one story per evaluation article even when two share text).
func (a *Archive) ImportArticles(ctx context.Context, arts []article.Article, opts ImportOptions) (*ImportResult, error) {
	ins := make([]input, len(arts))
	for i := range arts {
		art := arts[i]
		ins[i] = input{path: art.Path, open: func() ([]article.Article, error) { return []article.Article{art}, nil }}
	}
	return a.importInputs(ctx, ins, nil, opts)
}

// EachStory calls fn with every story's id, external id and the arc of its
// largest thread ("" when it has none).
func (a *Archive) EachStory(fn func(id, externalID, arc string)) error {
	return a.st.Each(func(r *store.Record) error {
		best, size := "", -1
		for _, t := range r.Threads {
			if len(t.Paragraphs) > size {
				best, size = a.st.Arc(ThreadID(r.Article.ID, t.N)), len(t.Paragraphs)
			}
		}
		fn(r.Article.ID, r.Article.ExternalID, best)
		return nil
	})
}
