package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/internal/handoff"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/tui"
	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/config"
)

// waitOpen opens the archive in dir for reading. While another process
// (an import, a reindex) holds it, it says so once on stderr and tries
// again every poll until that process lets go or the user interrupts, so
// a reader can start the browser while a long import runs and have it
// open when the import ends.
func waitOpen(g *globals, dir string, poll time.Duration) (*archive.Archive, error) {
	told := false
	for {
		a, err := openRead(g, dir)
		if errors.Is(err, archive.ErrNoArchive) {
			// --archive named a folder without one (a typo, or before
			// the first import): say how to make it, or to see the demo.
			return nil, fmt.Errorf("no archive at %s: import some articles first (storyline --archive %s import PATH), or add --demo to browse the demo archive", dir, dir)
		}
		var le *store.LockedError
		if !errors.As(err, &le) {
			return a, err
		}
		if !told {
			fmt.Fprintf(g.stderr, "storyline: %v\nwaiting: the browser opens when it has finished (ctrl+c to give up)\n", le)
			told = true
		}
		select {
		case <-g.ctx.Done():
			return nil, fmt.Errorf("%v\n(gave up waiting; browse again when it has finished)", le)
		case <-time.After(poll):
		}
	}
}

type browseCmd struct {
	Query []string `arg:"" optional:"" help:"Start with this search."`
}

func (c *browseCmd) Run(g *globals) error {
	if !isTerminal(os.Stdout) || !isTerminal(os.Stdin) {
		what := "browse"
		if len(c.Query) > 0 {
			what = fmt.Sprintf("browse %q (unknown commands are taken as a search to browse)", strings.Join(c.Query, " "))
		}
		return usageError{fmt.Errorf("%s needs a terminal; for scripts use list, search, show or --json (see storyline --help)", what)}
	}
	cfg, err := config.Load()
	if err != nil {
		return fmt.Errorf("%v\n(fix or remove %s)", err, config.Path())
	}
	var a *archive.Archive
	dir := g.archiveDir()
	switch {
	case g.Demo || (g.Archive == "" && !archive.Exists(dir)):
		a, err = openDemo(g.ctx)
	default:
		a, err = waitOpen(g, dir, time.Second)
	}
	if err != nil {
		return err
	}
	tui.TuneMemory()
	opts := tui.Options{Query: strings.Join(c.Query, " "), Config: cfg}
	if g.Demo {
		defer a.Close()
		_, err = tea.NewProgram(tui.New(a, opts), tea.WithContext(g.ctx)).Run()
		return programErr(g, err)
	}
	// An import started while the browser is open asks it to let go of
	// the archive; the browser does, and opens it again when the import
	// has finished. On the demo, standing in for an archive not made
	// yet, the browser switches to the user's archive once a first
	// import has made it.
	var p *tea.Program
	r := handoff.NewReader(dir, a, handoff.Options{
		Open: func() (*archive.Archive, error) { return archive.Open(dir, archive.Options{ReadOnly: true}) },
		Away: func(req handoff.Request) { p.Send(common.AwayMsg{Note: awayNote(req)}) },
		Back: func(info archive.Info) { p.Send(common.BackMsg{Info: info}) },
		Failed: func(err error) {
			p.Send(common.StatusMsg{Text: "cannot open the archive again: " + err.Error(), Err: true})
		},
		Adopt: a.Info().Demo,
	})
	defer r.Close()
	p = tea.NewProgram(tui.New(r, opts), tea.WithContext(g.ctx))
	r.Watch()
	_, err = p.Run()
	return programErr(g, err)
}

// programErr is the error of a finished TUI: none when the user's
// interrupt ended it.
func programErr(g *globals, err error) error {
	if errors.Is(err, tea.ErrProgramKilled) && g.ctx.Err() != nil {
		return nil
	}
	return err
}

// awayNote tells the browser's user who has the archive.
func awayNote(req handoff.Request) string {
	what := "another storyline command"
	for _, w := range strings.Fields(req.Command) {
		if w == "import" || w == "reindex" {
			what = "storyline " + w
			break
		}
	}
	return what + " is updating the archive; browsing resumes when it ends"
}
