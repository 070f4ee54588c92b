package actors

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
)

// CountsMsg carries archive-wide story counts per actor.
type CountsMsg struct {
	Req    int
	Counts map[string]int
	Err    error
}

// groups are the kinds in display order with their headings.
var groups = []struct{ kind, heading string }{
	{"person", "People"},
	{"org", "Organisations"},
	{"place", "Places"},
	{"other", "Other"},
}

// row is one line of the pane: a heading or an actor.
type row struct {
	heading string
	actor   *archive.Actor
	name    string // sanitised
	roles   string
	inThr   bool
}

// Model is the actors pane.
type Model struct {
	c             *common.Common
	width, height int

	story  *archive.Story
	thread string
	counts map[string]int
	req    int

	rows           []row
	cursor, offset int // cursor indexes rows (always an actor row)
}

// New returns an empty pane.
func New(c *common.Common) *Model { return &Model{c: c} }

// SetSize sets the content size.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.offset = 0
	m.clamp()
	return nil
}

// SetStory shows a story's actors and asks for their story counts.
func (m *Model) SetStory(s *archive.Story) tea.Cmd {
	m.story = s
	m.counts = nil
	m.thread = ""
	m.build()
	m.cursor = m.firstActor()
	m.offset = 0
	m.req++
	req, b := m.req, m.c.Backend
	names := make([]string, 0, len(s.Actors))
	for _, a := range s.Actors {
		names = append(names, a.Name)
	}
	if len(names) == 0 {
		return nil
	}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		c, err := b.ActorStories(ctx, names)
		return CountsMsg{Req: req, Counts: c, Err: err}
	}
}

// SetThread emphasises the actors of thread id.
func (m *Model) SetThread(id string) {
	if id == m.thread {
		return
	}
	m.thread = id
	m.build()
	m.cursor = m.firstActor()
	m.offset = 0
	m.clamp()
}

func (m *Model) inThread(a *archive.Actor) bool {
	if m.thread == "" {
		return false
	}
	for _, t := range a.Threads {
		if t == m.thread {
			return true
		}
	}
	for _, t := range m.story.Threads {
		if t.ID == m.thread {
			for _, n := range t.Actors {
				if n == a.Name {
					return true
				}
			}
		}
	}
	return false
}

// build groups the actors by kind; within a group, the current thread's
// actors come first, then by mentions.
func (m *Model) build() {
	m.rows = m.rows[:0]
	if m.story == nil {
		return
	}
	for _, g := range groups {
		var rs []row
		for i := range m.story.Actors {
			a := &m.story.Actors[i]
			kind := a.Kind
			if kind != "person" && kind != "org" && kind != "place" {
				kind = "other"
			}
			if kind != g.kind {
				continue
			}
			var roles []string
			for _, r := range a.Roles {
				if r = common.Line(r); r != "" {
					roles = append(roles, r)
				}
			}
			rs = append(rs, row{actor: a, name: common.Line(a.Name), roles: strings.Join(roles, ", "), inThr: m.inThread(a)})
		}
		if len(rs) == 0 {
			continue
		}
		sort.SliceStable(rs, func(i, j int) bool {
			if rs[i].inThr != rs[j].inThr {
				return rs[i].inThr
			}
			if rs[i].actor.Mentions != rs[j].actor.Mentions {
				return rs[i].actor.Mentions > rs[j].actor.Mentions
			}
			return rs[i].name < rs[j].name
		})
		m.rows = append(m.rows, row{heading: g.heading})
		m.rows = append(m.rows, rs...)
	}
}

func (m *Model) firstActor() int {
	for i, r := range m.rows {
		if r.actor != nil {
			return i
		}
	}
	return 0
}

// Selected returns the selected actor (nil when none).
func (m *Model) Selected() *archive.Actor {
	if m.cursor < len(m.rows) {
		return m.rows[m.cursor].actor
	}
	return nil
}

// maxNameLines is how many lines a long actor name may wrap onto before
// the last one is clipped.
const maxNameLines = 3

// nameLines word-wraps an actor's name to the pane's name column, so that
// two long names that share their start ("US Trade Representative" and
// "US Trade Representative's Office") stay told apart.
func (m *Model) nameLines(name string) []string {
	w := max(m.width-4, 1)
	if ansi.StringWidth(name) <= w {
		return []string{name}
	}
	// Break only at spaces: a hyphenated surname stays on one line.
	var lines []string
	for _, word := range strings.Fields(name) {
		last := len(lines) - 1
		if last >= 0 && ansi.StringWidth(lines[last])+1+ansi.StringWidth(word) <= w {
			lines[last] += " " + word
			continue
		}
		lines = append(lines, word)
	}
	if len(lines) > maxNameLines {
		lines[maxNameLines-1] = strings.Join(lines[maxNameLines-1:], " ")
		lines = lines[:maxNameLines]
	}
	for i, l := range lines {
		lines[i] = common.Clip(l, w)
	}
	return lines
}

// rowHeight: an actor takes its name's lines and its details' lines, a
// heading one line.
func (m *Model) rowHeight(r row) int {
	if r.actor != nil {
		return len(m.nameLines(r.name)) + len(m.detailLines(r))
	}
	return 1
}

// detailLines lays out an actor's details on one line of the pane's
// detail column, or on two when they do not fit: what the story calls
// the actor (the name it wrote, its roles), clipped if need be, then the
// counts (mentions, stories) whole, so that a long role never cuts the
// story count mid-number ("Chancellor · 4× · 6…").
func (m *Model) detailLines(r row) []string {
	var words, counts []string
	if w := common.Line(r.actor.Written); w != "" {
		// The story says only "Colts"; the panel shows the storyline's
		// "Indianapolis Colts" and says so.
		words = append(words, "as "+w)
	}
	if r.roles != "" {
		words = append(words, r.roles)
	}
	counts = append(counts, fmt.Sprintf("%d×", r.actor.Mentions))
	if n, ok := m.counts[r.actor.Name]; ok {
		counts = append(counts, common.Count(n, "story", "stories"))
	}
	w := max(m.width-4, 1)
	all := strings.Join(append(words, counts...), " · ")
	if len(words) == 0 || ansi.StringWidth(all) <= w {
		return []string{common.Clip(all, w)}
	}
	return []string{common.Clip(strings.Join(words, " · "), w), common.Clip(strings.Join(counts, " · "), w)}
}

// Move moves the cursor over d actors.
func (m *Model) Move(d int) {
	step := 1
	if d < 0 {
		step, d = -1, -d
	}
	for ; d > 0; d-- {
		i := m.cursor + step
		for i >= 0 && i < len(m.rows) && m.rows[i].actor == nil {
			i += step
		}
		if i < 0 || i >= len(m.rows) {
			break
		}
		m.cursor = i
	}
	m.clamp()
}

// clamp keeps the cursor's row in view.
func (m *Model) clamp() {
	if m.cursor < m.offset {
		m.offset = m.cursor
		if m.offset > 0 && m.rows[m.offset-1].heading != "" {
			m.offset--
		}
	}
	for m.offset < m.cursor && m.linesBetween(m.offset, m.cursor+1) > m.height {
		m.offset++
	}
}

func (m *Model) linesBetween(a, b int) int {
	n := 0
	for i := a; i < b && i < len(m.rows); i++ {
		n += m.rowHeight(m.rows[i])
	}
	return n
}

// Click selects the actor at content row y; a click on the selected actor
// searches for it.
func (m *Model) Click(y int) tea.Cmd {
	line := 0
	for i := m.offset; i < len(m.rows); i++ {
		h := m.rowHeight(m.rows[i])
		if y >= line && y < line+h {
			if m.rows[i].actor == nil {
				return nil
			}
			if i == m.cursor {
				return m.search()
			}
			m.cursor = i
			m.clamp()
			return nil
		}
		line += h
	}
	return nil
}

// Update handles keys (when focused) and story counts.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case CountsMsg:
		if msg.Req == m.req && msg.Err == nil {
			m.counts = msg.Counts
			m.clamp() // the counts may take actors' details onto a second line
		}
	case tea.KeyPressMsg:
		k := m.c.Keys
		switch {
		case key.Matches(msg, k.Up):
			m.Move(-1)
		case key.Matches(msg, k.Down):
			m.Move(1)
		case key.Matches(msg, k.Top):
			m.Move(-len(m.rows))
		case key.Matches(msg, k.Bottom):
			m.Move(len(m.rows))
		case key.Matches(msg, k.HalfDown, k.PageDown):
			m.Move(max(m.height/4, 1))
		case key.Matches(msg, k.HalfUp, k.PageUp):
			m.Move(-max(m.height/4, 1))
		case key.Matches(msg, k.Open):
			return m.search()
		}
	}
	return nil
}

// Query is the search for stories naming an actor (common.ActorQuery)
// under its name or the shorter one a story wrote (archive.Actor.Written).
func Query(name string, written ...string) string { return common.ActorQuery(name, written...) }

func (m *Model) search() tea.Cmd {
	a := m.Selected()
	if a == nil {
		return nil
	}
	q := Query(common.Line(a.Name), common.Line(a.Written))
	return func() tea.Msg { return common.SearchMsg{Query: q} }
}

// Title is the pane's frame title.
func (m *Model) Title() string {
	if m.story == nil {
		return "Actors"
	}
	return fmt.Sprintf("Actors · %d", len(m.story.Actors))
}

// ShortHelp lists the pane's main keys.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Up, k.Down, k.Open}
}

// View renders the pane's content.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	s := m.c.Styles
	if m.story == nil {
		return common.Lines([]string{s.Dim.Render("Open a story to see"), s.Dim.Render("its actors.")}, m.height)
	}
	if len(m.rows) == 0 {
		return common.Lines([]string{s.Dim.Render("No actors found.")}, m.height)
	}
	var lines []string
	for i := m.offset; i < len(m.rows) && len(lines) < m.height; i++ {
		r := m.rows[i]
		if r.actor == nil {
			lines = append(lines, s.Heading.Render(common.Clip(r.heading, m.width)))
			continue
		}
		sel := i == m.cursor
		bar := "  "
		if sel {
			bar = s.SelectedBar.Render("▌") + " "
		}
		names := m.nameLines(r.name)
		nameStyle := s.Muted
		switch {
		case sel:
			nameStyle = s.Selected
		case r.inThr:
			nameStyle = s.Emph
		}
		mark := "  "
		if r.inThr {
			mark = " " + s.Accent.Render("•")
		}
		detail := s.Dim
		if !r.inThr && !sel {
			detail = s.Muted
		}
		for j, n := range names {
			// Continuation lines keep the selection bar.
			line := bar + nameStyle.Render(n)
			if j == len(names)-1 {
				line += mark
			}
			lines = append(lines, common.Clip(line, m.width))
		}
		for _, d := range m.detailLines(r) {
			lines = append(lines, common.Clip(bar+"  "+detail.Render(d), m.width))
		}
	}
	return common.Lines(lines, m.height)
}
