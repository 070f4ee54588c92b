package handoff

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/internal/store"
)

// ErrAway is what a Reader's calls return while a writer has the archive.
var ErrAway = errors.New("an import is updating the archive; the browser opens it again when the import ends")

// Options configure a Reader.
type Options struct {
	// Open opens the archive for reading. It must not write to the
	// terminal: a browser owns it.
	Open func() (*archive.Archive, error)
	// Poll is how often the Reader looks for a request, and, while away,
	// tries to open the archive again (default half a second).
	Poll time.Duration
	// Away is called (from the Reader's goroutine) once it has closed
	// the archive for a writer.
	Away func(Request)
	// Back is called once it has opened the archive again, with the
	// archive's new description.
	Back func(archive.Info)
	// Failed is called when opening the archive again fails for a reason
	// other than the writer still holding it; the Reader keeps trying.
	Failed func(error)
	// Adopt says the archive the Reader starts with stands in for one
	// not made yet at dir (the demo, before a first import): once an
	// archive exists at dir and opens, the Reader switches to it and
	// calls Back.
	Adopt bool
}

// Reader is an archive open for reading that steps aside when a writer
// asks (see Ask) and comes back when the writer is done. Its methods are
// those the TUI reads through (tui/common.Backend); while it is away they
// return ErrAway.
type Reader struct {
	dir  string
	opts Options

	mu   sync.RWMutex
	a    *archive.Archive // nil while away
	info archive.Info

	stop chan struct{}
	done chan struct{}
}

// NewReader wraps a, the archive at dir, already open for reading. Call
// Watch to start taking turns, and Close at the end.
func NewReader(dir string, a *archive.Archive, opts Options) *Reader {
	if opts.Poll <= 0 {
		opts.Poll = 500 * time.Millisecond
	}
	return &Reader{dir: dir, opts: opts, a: a, info: a.Info()}
}

// Watch starts the goroutine that looks for writers' requests. It stops
// at Close.
func (r *Reader) Watch() {
	r.stop, r.done = make(chan struct{}), make(chan struct{})
	go r.watch()
}

func (r *Reader) watch() {
	defer close(r.done)
	t := time.NewTicker(r.opts.Poll)
	defer t.Stop()
	var lastErr string
	for {
		select {
		case <-r.stop:
			return
		case <-t.C:
		}
		if r.opts.Adopt {
			r.adopt()
			continue
		}
		req, asked := Pending(r.dir)
		r.mu.RLock()
		away := r.a == nil
		r.mu.RUnlock()
		switch {
		case !away && asked:
			r.stepAside(req)
		case away && !asked:
			err := r.comeBack()
			var le *store.LockedError
			if err != nil && !errors.As(err, &le) && err.Error() != lastErr {
				lastErr = err.Error()
				if r.opts.Failed != nil {
					r.opts.Failed(err)
				}
			}
		}
	}
}

// adopt switches from the stand-in to the archive at dir once there is
// one and it opens (while its first import runs, it does not).
func (r *Reader) adopt() {
	if !archive.Exists(r.dir) {
		return
	}
	a, err := r.opts.Open()
	if err != nil {
		return
	}
	info := a.Info()
	r.mu.Lock()
	old := r.a
	r.a, r.info = a, info
	r.opts.Adopt = false
	r.mu.Unlock()
	_ = old.Close()
	if r.opts.Back != nil {
		r.opts.Back(info)
	}
}

// stepAside closes the archive once the calls in flight have ended.
func (r *Reader) stepAside(req Request) {
	r.mu.Lock()
	_ = r.a.Close()
	r.a = nil
	r.mu.Unlock()
	if r.opts.Away != nil {
		r.opts.Away(req)
	}
}

// comeBack opens the archive again.
func (r *Reader) comeBack() error {
	a, err := r.opts.Open()
	if err != nil {
		return err
	}
	info := a.Info()
	r.mu.Lock()
	r.a, r.info = a, info
	r.mu.Unlock()
	if r.opts.Back != nil {
		r.opts.Back(info)
	}
	return nil
}

// Close stops watching and closes the archive.
func (r *Reader) Close() error {
	if r.stop != nil {
		close(r.stop)
		<-r.done
		r.stop = nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.a == nil {
		return nil
	}
	err := r.a.Close()
	r.a = nil
	return err
}

// Away reports whether the Reader has stepped aside for a writer.
func (r *Reader) Away() bool {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.a == nil
}

// use runs fn on the open archive, or returns ErrAway.
func use[T any](r *Reader, fn func(a *archive.Archive) (T, error)) (T, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if r.a == nil {
		var zero T
		return zero, ErrAway
	}
	return fn(r.a)
}

// page is List's two results as one, for use.
type page struct {
	items []archive.StorySummary
	total int
}

// List returns a page of stories (archive.Archive.List).
func (r *Reader) List(ctx context.Context, offset, limit int) ([]archive.StorySummary, int, error) {
	p, err := use(r, func(a *archive.Archive) (page, error) {
		items, total, err := a.List(ctx, offset, limit)
		return page{items, total}, err
	})
	return p.items, p.total, err
}

// Folded counts the stories a list folds under another version
// (archive.Archive.Folded).
func (r *Reader) Folded(ctx context.Context) (int, error) {
	return use(r, func(a *archive.Archive) (int, error) { return a.Folded(ctx) })
}

// Story returns one story (archive.Archive.Story).
func (r *Reader) Story(ctx context.Context, id string) (*archive.Story, error) {
	return use(r, func(a *archive.Archive) (*archive.Story, error) { return a.Story(ctx, id) })
}

// SearchOrdered runs a query, hits in order o
// (archive.Archive.SearchOrdered).
func (r *Reader) SearchOrdered(ctx context.Context, query string, limit int, o archive.Order) (*archive.SearchResult, error) {
	return use(r, func(a *archive.Archive) (*archive.SearchResult, error) { return a.SearchOrdered(ctx, query, limit, o) })
}

// Related returns a thread's related threads (archive.Archive.Related).
func (r *Reader) Related(ctx context.Context, threadID string, limit int) ([]archive.Related, error) {
	return use(r, func(a *archive.Archive) ([]archive.Related, error) { return a.Related(ctx, threadID, limit) })
}

// Storyline returns an arc's threads (archive.Archive.Storyline).
func (r *Reader) Storyline(ctx context.Context, arcID string) ([]archive.ArcEntry, error) {
	return use(r, func(a *archive.Archive) ([]archive.ArcEntry, error) { return a.Storyline(ctx, arcID) })
}

// ActorStories counts the stories naming each actor
// (archive.Archive.ActorStories).
func (r *Reader) ActorStories(ctx context.Context, names []string) (map[string]int, error) {
	return use(r, func(a *archive.Archive) (map[string]int, error) { return a.ActorStories(ctx, names) })
}

// TopActors ranks the archive's actors (archive.Archive.TopActors).
func (r *Reader) TopActors(ctx context.Context, match string, limit int) ([]archive.Actor, error) {
	return use(r, func(a *archive.Archive) ([]archive.Actor, error) { return a.TopActors(ctx, match, limit) })
}

// Info describes the archive as it was last opened.
func (r *Reader) Info() archive.Info {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.info
}
