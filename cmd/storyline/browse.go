package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/tui"
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
	var a *archive.Archive
	var err error
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
	defer a.Close()
	cfg, err := config.Load()
	if err != nil {
		return fmt.Errorf("%v\n(fix or remove %s)", err, config.Path())
	}
	tui.TuneMemory()
	m := tui.New(a, tui.Options{Query: strings.Join(c.Query, " "), Config: cfg})
	_, err = tea.NewProgram(m, tea.WithContext(g.ctx)).Run()
	if errors.Is(err, tea.ErrProgramKilled) && g.ctx.Err() != nil {
		return nil
	}
	return err
}
