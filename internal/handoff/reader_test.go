package handoff

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
)

func story(title, body string) article.Article {
	return article.Article{Title: title, Paragraphs: []article.Paragraph{{Text: body}}}
}

func importInto(t *testing.T, w *archive.Archive, arts ...article.Article) {
	t.Helper()
	res, err := w.ImportArticles(context.Background(), arts, archive.ImportOptions{})
	if err != nil || res.Added != len(arts) {
		t.Fatalf("import: %+v, %v", res, err)
	}
}

func within[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(10 * time.Second):
		t.Fatalf("no %s within 10 s", what)
		panic("unreachable")
	}
}

// archiveWith makes an archive holding one story and returns its
// directory and a function opening it for reading, as a browser does.
func archiveWith(t *testing.T, title, body string) (string, func() (*archive.Archive, error)) {
	t.Helper()
	dir := t.TempDir()
	w, err := archive.Open(dir, archive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	importInto(t, w, story(title, body))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, func() (*archive.Archive, error) { return archive.Open(dir, archive.Options{ReadOnly: true}) }
}

// watching opens the archive and starts a Reader on it with opts (Open
// and Poll filled in); the test closes it.
func watching(t *testing.T, dir string, openRead func() (*archive.Archive, error), opts Options) *Reader {
	t.Helper()
	a, err := openRead()
	if err != nil {
		t.Fatal(err)
	}
	opts.Open, opts.Poll = openRead, 10*time.Millisecond
	r := NewReader(dir, a, opts)
	r.Watch()
	t.Cleanup(func() { r.Close() })
	return r
}

// A browser's Reader holds the archive; a writer asks for it, gets it,
// imports, and the Reader comes back seeing the new story.
func TestReaderStepsAsideForAWriter(t *testing.T) {
	ctx := context.Background()
	dir, openRead := archiveWith(t, "Harbour toll row", "The Harbour Board voted to raise the bridge toll on Tuesday.")
	away, back := make(chan Request, 1), make(chan archive.Info, 1)
	r := watching(t, dir, openRead, Options{
		Away: func(req Request) { away <- req },
		Back: func(info archive.Info) { back <- info },
	})

	var le *store.LockedError
	if _, err := archive.Open(dir, archive.Options{}); !errors.As(err, &le) {
		t.Fatalf("a writer opened the archive while a reader held it (err %v)", err)
	}
	withdraw, err := Ask(dir, "storyline import new.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if req := within(t, away, "step aside"); req.Command != "storyline import new.jsonl" {
		t.Errorf("Away got %+v", req)
	}
	if _, _, err := r.List(ctx, 0, 10); !errors.Is(err, ErrAway) {
		t.Errorf("List while away: %v, want ErrAway", err)
	}
	w, err := archive.Open(dir, archive.Options{})
	if err != nil {
		t.Fatalf("the writer cannot open the archive after the reader stepped aside: %v", err)
	}
	withdraw()
	importInto(t, w, story("Toll vote put off", "Councillors put off the toll vote to Friday after a long debate."))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if info := within(t, back, "come back"); info.Stories != 2 {
		t.Errorf("Back: %d stories, want 2", info.Stories)
	}
	items, total, err := r.List(ctx, 0, 10)
	if err != nil || total != 2 || len(items) != 2 {
		t.Fatalf("List after coming back: %d of %d, %v; want 2 of 2", len(items), total, err)
	}
	if r.Away() {
		t.Error("Away() after coming back")
	}
}

// While the writer still holds the archive, the Reader waits, even with
// the request withdrawn; it does not report the lock as a failure.
func TestReaderWaitsForTheWriter(t *testing.T) {
	dir, openRead := archiveWith(t, "Ferry strike", "Ferry crews walked out at dawn over pay.")
	away, back, failed := make(chan Request, 1), make(chan archive.Info, 1), make(chan error, 10)
	watching(t, dir, openRead, Options{
		Away:   func(req Request) { away <- req },
		Back:   func(info archive.Info) { back <- info },
		Failed: func(err error) { failed <- err },
	})
	withdraw, err := Ask(dir, "storyline reindex")
	if err != nil {
		t.Fatal(err)
	}
	within(t, away, "step aside")
	w, err := archive.Open(dir, archive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	withdraw()
	time.Sleep(800 * time.Millisecond) // several polls, each locked out
	select {
	case <-back:
		t.Fatal("the Reader came back while the writer held the archive")
	case err := <-failed:
		t.Fatalf("the Reader reported the writer's lock as a failure: %v", err)
	default:
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	within(t, back, "come back")
}

// A Reader on a stand-in (the demo) switches to the archive at dir once a
// first import has made it and let it go.
func TestReaderAdoptsTheNewArchive(t *testing.T) {
	ctx := context.Background()
	_, openStandIn := archiveWith(t, "Demo story", "A story of the demo archive, about a ferry.")
	dir := t.TempDir()
	openRead := func() (*archive.Archive, error) { return archive.Open(dir, archive.Options{ReadOnly: true}) }
	a, err := openStandIn()
	if err != nil {
		t.Fatal(err)
	}
	back := make(chan archive.Info, 1)
	r := NewReader(dir, a, Options{Open: openRead, Poll: 10 * time.Millisecond, Adopt: true, Back: func(info archive.Info) { back <- info }})
	r.Watch()
	defer r.Close()

	w, err := archive.Open(dir, archive.Options{})
	if err != nil {
		t.Fatalf("the first import cannot create the archive: %v", err)
	}
	time.Sleep(100 * time.Millisecond) // the archive exists but is held
	select {
	case <-back:
		t.Fatal("the Reader switched while the first import still held the archive")
	default:
	}
	importInto(t, w, story("Harbour toll row", "The Harbour Board voted to raise the bridge toll."), story("Ferry strike", "Ferry crews walked out at dawn over pay."))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if info := within(t, back, "switch to the new archive"); info.Stories != 2 || info.Demo {
		t.Errorf("Back: %+v, want the new archive's 2 stories", info)
	}
	if _, total, err := r.List(ctx, 0, 10); err != nil || total != 2 {
		t.Errorf("List after the switch: %d stories, %v; want 2", total, err)
	}
	// From now on the Reader takes turns with writers as usual.
	withdraw, err := Ask(dir, "storyline import more")
	if err != nil {
		t.Fatal(err)
	}
	defer withdraw()
	deadline := time.Now().Add(10 * time.Second)
	for !r.Away() && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if !r.Away() {
		t.Error("after the switch the Reader does not step aside for a writer")
	}
}
