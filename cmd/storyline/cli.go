package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/adrg/xdg"
	"github.com/alecthomas/kong"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/internal/handoff"
	"github.com/storyline/storyline/internal/store"
)

// usageError marks errors that exit with status 2.
type usageError struct{ error }

// globals are the flags every command takes.
type globals struct {
	Archive    string `help:"Archive directory (default: $STORYLINE_ARCHIVE, else $XDG_DATA_HOME/storyline)." type:"path" placeholder:"DIR"`
	JSON       bool   `help:"Write JSON on stdout." name:"json"`
	Demo       bool   `help:"Use the built-in demo archive instead of yours."`
	CPUProfile string `hidden:"" type:"path" help:"Write a CPU profile here."`
	MemProfile string `hidden:"" type:"path" help:"Write a heap profile here at exit."`

	stdout io.Writer
	stderr io.Writer
	ctx    context.Context
}

// cli is the command line.
type cli struct {
	globals

	Browse   browseCmd   `cmd:"" default:"withargs" help:"Browse the archive in the terminal UI (the default)."`
	Import   importCmd   `cmd:"" help:"Import files, folders (recursively) or - (stdin)."`
	Search   searchCmd   `cmd:"" help:"Search stories (bleve query syntax)."`
	Show     showCmd     `cmd:"" help:"Show one story: paragraphs, threads, actors."`
	List     listCmd     `cmd:"" help:"List stories, newest first."`
	Threads  threadsCmd  `cmd:"" help:"List the threads of a story."`
	Actors   actorsCmd   `cmd:"" help:"Actors of a story, or of the whole archive."`
	Related  relatedCmd  `cmd:"" help:"Threads of other stories about the same matter as a thread, or as each thread of a story."`
	Arcs     arcsCmd     `cmd:"" help:"List storylines (arcs of threads across stories)."`
	Timeline timelineCmd `cmd:"" help:"One storyline in date order: by its id, a thread's (STORY#N), or a story's in one storyline."`
	Reindex  reindexCmd  `cmd:"" help:"Rebuild the search index from the store and relink."`
	Stats    statsCmd    `cmd:"" help:"Counts and sizes."`
	Eval     evalCmd     `cmd:"" help:"Score the NLP against labelled data (JSON on stdout)."`
	Bench    benchCmd    `cmd:"" help:"Benchmark import, search and the TUI (JSON on stdout)."`
	Train    trainCmd    `cmd:"" help:"Train the models shipped in the binary."`
}

func run(args []string) (int, error) {
	return runWith(context.Background(), args, os.Stdout, os.Stderr)
}

func runWith(ctx context.Context, args []string, stdout, stderr io.Writer) (code int, err error) {
	var c cli
	c.stdout, c.stderr = stdout, stderr
	exitCode := -1
	parser, err := kong.New(&c,
		kong.Name("storyline"),
		kong.Description("A terminal story explorer: threads, actors and storylines in your news archive."),
		kong.UsageOnError(),
		kong.ConfigureHelp(kong.HelpOptions{Compact: true}),
		kong.Writers(stdout, stderr),
		kong.Exit(func(c int) { exitCode = c; panic(exitSignal{}) }),
	)
	if err != nil {
		return 2, err
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(exitSignal); ok {
				code, err = exitCode, nil
				return
			}
			panic(r)
		}
	}()
	kctx, err := parser.Parse(args)
	if err != nil {
		// Point at the help of the command that was being parsed
		// ("storyline show --help" says what show takes).
		help := "storyline --help"
		var pe *kong.ParseError
		if errors.As(err, &pe) && pe.Context != nil {
			if n := pe.Context.Selected(); n != nil {
				help = n.FullPath() + " --help"
				if hint := minusWordHint(n.Name, args); hint != "" {
					return 2, errors.New(hint) // kong's "unknown flag -b" misleads
				}
			}
		}
		return 2, fmt.Errorf("%v (see %s)", err, help)
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	c.ctx = ctx
	if c.CPUProfile != "" {
		f, perr := os.Create(c.CPUProfile)
		if perr != nil {
			return 2, perr
		}
		if perr := pprof.StartCPUProfile(f); perr != nil {
			return 2, perr
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	if c.MemProfile != "" {
		defer func() {
			if f, perr := os.Create(c.MemProfile); perr == nil {
				_ = pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		}()
	}
	err = kctx.Run(&c.globals)
	var ue usageError
	var pe partialError
	switch {
	case err == nil:
		return 0, nil
	case errors.As(err, &pe):
		return 1, nil
	case errors.As(err, &ue):
		return 2, err
	default:
		return 1, err
	}
}

// queryFlags are the flags of the commands taking a query (search,
// browse) that take a value, as written apart ("--limit 5").
var queryFlags = map[string]bool{"--limit": true, "--sort": true, "--archive": true}

// minusWordHint explains an unknown flag met by search or browse (cmd)
// that is a query's -word ("storyline search ferry -strike" reads
// -strike as the flags -s -t…): how to write the query instead. "" when
// no argument after the command is such a word.
func minusWordHint(cmd string, args []string) string {
	if cmd != "search" && cmd != "browse" {
		return ""
	}
	var words []string
	minus, seen := "", false
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case !seen:
			seen = a == cmd
		case a == "--":
			words = append(words, args[i+1:]...)
			i = len(args)
		case strings.HasPrefix(a, "--"):
			if queryFlags[a] {
				i++ // its value
			}
		case a == "-h":
		case strings.HasPrefix(a, "-") && len(a) > 1:
			if minus == "" {
				minus = a
			}
			words = append(words, a)
		default:
			words = append(words, a)
		}
	}
	if minus == "" {
		return ""
	}
	q := strings.Join(words, " ")
	return fmt.Sprintf("%s was read as flags: to leave out stories with %q, quote the query, storyline %s '%s' (or give it after --: storyline %s -- %s)",
		minus, strings.TrimLeft(minus, "-"), cmd, q, cmd, q)
}

type exitSignal struct{}

// partialError says the command did its work but some inputs failed
// (already reported); it exits with status 1 and prints nothing more.
type partialError struct{}

func (partialError) Error() string { return "some inputs failed" }

// archiveDir resolves the archive location.
func (g *globals) archiveDir() string {
	if g.Archive != "" {
		return g.Archive
	}
	if env := os.Getenv("STORYLINE_ARCHIVE"); env != "" {
		return env
	}
	return filepath.Join(xdg.DataHome, "storyline")
}

// open opens the user's archive (or the demo with --demo) for reading.
func (g *globals) open() (*archive.Archive, error) {
	if g.Demo {
		return openDemo(g.ctx)
	}
	dir := g.archiveDir()
	a, err := openRead(g, dir)
	if errors.Is(err, archive.ErrNoArchive) {
		return nil, fmt.Errorf("no archive at %s: import some articles first (storyline import PATH), or add --demo to use the demo archive", dir)
	}
	return a, err
}

// openRead opens an archive read-only; one made by an older storyline
// is brought up to date first (its store upgraded, its index rebuilt).
func openRead(g *globals, dir string) (*archive.Archive, error) {
	a, err := archive.Open(dir, archive.Options{ReadOnly: true})
	if errors.Is(err, archive.ErrNoIndex) {
		fmt.Fprintln(g.stderr, "storyline: bringing the archive up to date for this version of storyline (store layout, search index)…")
		progress, done := countLine(g, "storyline: indexed %d of %d stories")
		w, werr := archive.Open(dir, archive.Options{Progress: progress})
		done()
		if werr != nil {
			return nil, werr
		}
		if werr := w.Close(); werr != nil {
			return nil, werr
		}
		a, err = archive.Open(dir, archive.Options{ReadOnly: true})
	}
	return a, err
}

// openWrite opens (creating) the user's archive for writing.
func (g *globals) openWrite() (*archive.Archive, error) {
	if g.Demo {
		return nil, usageError{errors.New("the demo archive is read-only: drop --demo to write to your own archive")}
	}
	dir := g.archiveDir()
	a, err := archive.Open(dir, archive.Options{})
	var le *store.LockedError
	if errors.As(err, &le) && le.Holder == "" {
		// Readers hold it: open browsers step aside when asked.
		return g.askReaders(dir, err)
	}
	return a, err
}

// handoffWait is how long a writer waits for the archive's readers to let
// go of it after asking them (handoff.Ask): a browser answers within a
// second; a command still reading may take longer.
var handoffWait = 15 * time.Second

// askReaders asks the archive's readers (open browsers) to step aside and
// opens the archive for writing once they have, or returns locked, the
// error that made it ask, after handoffWait.
func (g *globals) askReaders(dir string, locked error) (*archive.Archive, error) {
	withdraw, err := handoff.Ask(dir, "storyline "+strings.Join(os.Args[1:], " "))
	if err != nil {
		return nil, locked
	}
	defer withdraw()
	fmt.Fprintln(g.stderr, "storyline: the archive is open in a browser; asking it to step aside (it reopens the archive when this ends)…")
	deadline := time.Now().Add(handoffWait)
	for {
		select {
		case <-g.ctx.Done():
			return nil, locked
		case <-time.After(200 * time.Millisecond):
		}
		a, err := archive.Open(dir, archive.Options{})
		var le *store.LockedError
		if !errors.As(err, &le) || time.Now().After(deadline) {
			return a, err
		}
	}
}

// emit writes v as indented JSON.
func (g *globals) emit(v any) error {
	enc := json.NewEncoder(g.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// query runs a read command: it opens the archive read-only, fetches the
// result, and prints it as JSON with --json or with text otherwise.
func query[T any](g *globals, fetch func(a *archive.Archive) (T, error), text func(g *globals, v T) error) error {
	a, err := g.open()
	if err != nil {
		return err
	}
	defer a.Close()
	v, err := fetch(a)
	if err != nil {
		return err
	}
	if g.JSON {
		return g.emit(v)
	}
	return text(g, v)
}
