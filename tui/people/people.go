package people

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
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

	// The name filter: input while typing, match once applied (the
	// ranking then holds only the names it matches, from the whole
	// archive, not only from the most named).
	input  textinput.Model
	typing bool
	match  string
}

// New returns the pane; Load fills it.
func New(c *common.Common) *Model {
	ti := textinput.New()
	ti.Prompt = "filter: "
	ti.Placeholder = "part of a name, e.g. clark"
	m := &Model{c: c, input: ti}
	m.Restyle()
	return m
}

// Restyle applies the current styles (after a theme change).
func (m *Model) Restyle() { m.input.SetStyles(m.c.InputStyles()) }

// Load asks the backend for the ranking again (the archive may have
// changed since), of the names the filter matches.
func (m *Model) Load() tea.Cmd {
	m.req++
	m.loading = true
	req, b, match := m.req, m.c.Backend, m.match
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		as, err := b.TopActors(ctx, match, Limit)
		return LoadedMsg{Req: req, Actors: as, Err: err}
	}
}

// Typing reports whether the filter takes the keys.
func (m *Model) Typing() bool { return m.typing }

// Filtered reports whether a filter is applied or being typed.
func (m *Model) Filtered() bool { return m.typing || m.match != "" }

// StartFilter puts the cursor in the filter box.
func (m *Model) StartFilter() tea.Cmd {
	m.typing = true
	m.input.CursorEnd()
	return m.input.Focus()
}

// ClearFilter drops the filter and ranks every actor again.
func (m *Model) ClearFilter() tea.Cmd {
	m.typing = false
	m.input.Blur()
	m.input.SetValue("")
	if m.match == "" {
		return nil
	}
	m.match = ""
	return m.Load()
}

// filterKey handles a key while the filter is typed: esc drops it, enter
// keeps it and gives the keys back to the list (as do the arrows, which
// also move), anything else edits it and reloads the ranking.
func (m *Model) filterKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Back):
		return m.ClearFilter()
	case key.Matches(msg, k.Open):
		m.typing = false
		m.input.Blur()
		return nil
	case msg.Code == tea.KeyDown || msg.Code == tea.KeyUp:
		m.typing = false
		m.input.Blur()
		if msg.Code == tea.KeyDown {
			m.Move(1)
		} else {
			m.Move(-1)
		}
		return nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if v := strings.TrimSpace(m.input.Value()); v != m.match {
		m.match = v
		return tea.Batch(cmd, m.Load())
	}
	return cmd
}

// SetSize sets the content size.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.input.SetWidth(max(w-len(m.input.Prompt)-1, 1))
	m.clamp()
	return nil
}

// rows is how many actors fit: one line goes to the filter when it shows.
func (m *Model) rows() int {
	if m.Filtered() {
		return max(m.height-1, 1)
	}
	return max(m.height, 1)
}

// Actors returns the actors the pane lists (of its kind and filter).
func (m *Model) Actors() []archive.Actor { return m.actors }

// Selected returns the actor under the cursor, or nil.
func (m *Model) Selected() *archive.Actor {
	if m.cursor < len(m.actors) {
		return &m.actors[m.cursor]
	}
	return nil
}

func (m *Model) clamp() {
	m.cursor, m.offset = common.Window(m.cursor, m.offset, len(m.actors), m.rows())
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
		if m.typing {
			return m.filterKey(msg)
		}
		k := m.c.Keys
		switch {
		case key.Matches(msg, k.Search):
			return m.StartFilter()
		case key.Matches(msg, k.Up):
			m.cursor--
		case key.Matches(msg, k.Down):
			m.cursor++
		case key.Matches(msg, k.Top):
			m.cursor = 0
		case key.Matches(msg, k.Bottom):
			m.cursor = len(m.actors)
		case key.Matches(msg, k.PageDown, k.HalfDown):
			m.cursor += max(m.rows()-1, 1)
		case key.Matches(msg, k.PageUp, k.HalfUp):
			m.cursor -= max(m.rows()-1, 1)
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

// Position says where the cursor stands in the ranking shown, for the
// status bar: "actor 3 of 214" ("person 3 of 57" with one kind kept).
func (m *Model) Position() string {
	if len(m.actors) == 0 {
		return ""
	}
	noun := "actor"
	if k := kinds[m.filter].kind; k != "" {
		noun = map[string]string{"person": "person", "org": "organisation", "place": "place", "other": "name"}[k]
	}
	return fmt.Sprintf("%s %d of %d", noun, m.cursor+1, len(m.actors))
}

// Title is the frame's title.
func (m *Model) Title() string {
	t := kinds[m.filter].name + " of the archive"
	switch {
	case len(m.all) >= Limit && kinds[m.filter].kind == "":
		// The ranking is cut at Limit: its length is no count of the
		// archive's actors.
		t += fmt.Sprintf(" · the %s most named", thousands(Limit))
	case len(m.all) >= Limit:
		t += fmt.Sprintf(" · %d among the %s most named", len(m.actors), thousands(Limit))
	case len(m.actors) > 0:
		t += fmt.Sprintf(" · %d", len(m.actors))
	}
	if m.match != "" {
		t += " · filter: " + common.Line(m.match)
	}
	return t + " · tab: " + kinds[(m.filter+1)%len(kinds)].name
}

// View renders the ranking: a row per actor with its kind and stories,
// under the filter box when a filter shows.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	var lines []string
	if m.Filtered() {
		lines = append(lines, m.input.View())
	}
	return common.Lines(append(lines, m.rowsView()...), m.height)
}

// rowsView renders the ranking's visible rows, or why there are none.
func (m *Model) rowsView() []string {
	s := m.c.Styles
	switch {
	case m.err != "":
		return []string{s.Error.Render(common.Clip("error: "+common.Line(m.err), m.width))}
	case len(m.actors) == 0 && m.loading:
		return []string{s.Dim.Render("loading…")}
	case len(m.actors) == 0 && m.match != "":
		return []string{s.Dim.Render(common.Clip("No actor's name matches “"+common.Line(m.match)+"”: esc clears the filter.", m.width))}
	case len(m.actors) == 0:
		return []string{s.Dim.Render("No actors yet: import some stories.")}
	}
	nameW := 10
	for _, a := range m.actors {
		nameW = max(nameW, ansi.StringWidth(common.Line(a.Name)))
	}
	nameW = min(nameW, max(m.width-28, 10))
	var lines []string
	for i := m.offset; i < len(m.actors) && len(lines) < m.rows(); i++ {
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
	return lines
}

// ShortHelp lists the pane's keys for the status bar.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	if m.typing {
		return []key.Binding{k.Open, k.Back}
	}
	filter := key.NewBinding(key.WithKeys(k.Search.Keys()...), key.WithHelp(k.Search.Help().Key, "filter"))
	return []key.Binding{k.Open, filter, k.Back}
}

// thousands writes n with a comma between thousands ("1,000").
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
