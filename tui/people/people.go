package people

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
)

// Limit is how many actors the pane asks for (the most named).
const Limit = 1000

// kinds are the pane's filters, cycled with tab: every actor, then one
// kind. The frame's title is name + " of the archive".
var kinds = []struct{ kind, name string }{
	{"", "Actors"},
	{"person", "People"},
	{"org", "Organisations"},
	{"place", "Places"},
	{"other", "Other names"},
}

// LoadedMsg carries the ranking; Req matches the load it answers.
type LoadedMsg struct {
	Req    int
	Actors []archive.Actor
	Err    error
}

// Model is the pane.
type Model struct {
	c             *common.Common
	width, height int

	all            []archive.Actor
	actors         []archive.Actor // all, filtered to kinds[filter]
	filter         int
	loading        bool
	err            string
	req            int
	cursor, offset int
}

// New returns the pane; Load fills it.
func New(c *common.Common) *Model { return &Model{c: c} }

// Load asks the backend for the ranking again (the archive may have
// changed since).
func (m *Model) Load() tea.Cmd {
	m.req++
	m.loading = true
	req, b := m.req, m.c.Backend
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		as, err := b.TopActors(ctx, Limit)
		return LoadedMsg{Req: req, Actors: as, Err: err}
	}
}

// SetSize sets the content size.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.clamp()
	return nil
}

// Selected returns the actor under the cursor, or nil.
func (m *Model) Selected() *archive.Actor {
	if m.cursor < len(m.actors) {
		return &m.actors[m.cursor]
	}
	return nil
}

func (m *Model) clamp() {
	m.cursor, m.offset = common.Window(m.cursor, m.offset, len(m.actors), max(m.height, 1))
}

// Move moves the cursor by d actors.
func (m *Model) Move(d int) {
	m.cursor += d
	m.clamp()
}

// Update handles the ranking and keys: moves, and enter to search for the
// stories naming the selected actor.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case LoadedMsg:
		if msg.Req != m.req {
			return nil
		}
		m.loading = false
		m.err = ""
		if msg.Err != nil {
			m.err = msg.Err.Error()
			return nil
		}
		m.all = msg.Actors
		m.refilter()
	case tea.KeyPressMsg:
		k := m.c.Keys
		switch {
		case key.Matches(msg, k.Up):
			m.cursor--
		case key.Matches(msg, k.Down):
			m.cursor++
		case key.Matches(msg, k.Top):
			m.cursor = 0
		case key.Matches(msg, k.Bottom):
			m.cursor = len(m.actors)
		case key.Matches(msg, k.PageDown, k.HalfDown):
			m.cursor += max(m.height-1, 1)
		case key.Matches(msg, k.PageUp, k.HalfUp):
			m.cursor -= max(m.height-1, 1)
		case key.Matches(msg, k.NextPane):
			m.filter = (m.filter + 1) % len(kinds)
			m.refilter()
		case key.Matches(msg, k.PrevPane):
			m.filter = (m.filter + len(kinds) - 1) % len(kinds)
			m.refilter()
		case key.Matches(msg, k.Open):
			if a := m.Selected(); a != nil {
				q := common.ActorQuery(common.Line(a.Name))
				return func() tea.Msg { return common.SearchMsg{Query: q} }
			}
		}
		m.clamp()
	}
	return nil
}

// refilter keeps the actors of the filter's kind, cursor at the top.
func (m *Model) refilter() {
	m.actors = m.actors[:0]
	for _, a := range m.all {
		if kinds[m.filter].kind == "" || a.Kind == kinds[m.filter].kind {
			m.actors = append(m.actors, a)
		}
	}
	m.cursor, m.offset = 0, 0
	m.clamp()
}

// Title is the frame's title.
func (m *Model) Title() string {
	t := kinds[m.filter].name + " of the archive"
	if len(m.actors) > 0 {
		t += fmt.Sprintf(" · %d", len(m.actors))
	}
	return t + " · tab: " + kinds[(m.filter+1)%len(kinds)].name
}

// View renders the ranking: a row per actor with its kind and stories.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	s := m.c.Styles
	switch {
	case m.err != "":
		return common.Lines([]string{s.Error.Render(common.Clip("error: "+common.Line(m.err), m.width))}, m.height)
	case len(m.actors) == 0 && m.loading:
		return common.Lines([]string{s.Dim.Render("loading…")}, m.height)
	case len(m.actors) == 0:
		return common.Lines([]string{s.Dim.Render("No actors yet: import some stories.")}, m.height)
	}
	nameW := 10
	for _, a := range m.actors {
		nameW = max(nameW, ansi.StringWidth(common.Line(a.Name)))
	}
	nameW = min(nameW, max(m.width-28, 10))
	var lines []string
	for i := m.offset; i < len(m.actors) && len(lines) < m.height; i++ {
		a := m.actors[i]
		bar := "  "
		name := common.Clip(common.Line(a.Name), nameW)
		pad := strings.Repeat(" ", nameW-ansi.StringWidth(name))
		if i == m.cursor {
			bar = s.SelectedBar.Render("▌") + " "
			name = s.Selected.Render(name)
		}
		detail := fmt.Sprintf("%-7s %s", a.Kind, common.Count(a.Stories, "story", "stories"))
		lines = append(lines, common.Clip(bar+name+pad+"  "+s.Dim.Render(detail), m.width))
	}
	return common.Lines(lines, m.height)
}

// ShortHelp lists the pane's keys for the status bar.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Open, k.Back}
}
