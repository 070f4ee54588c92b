package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/config"
)

// View implements tea.Model: the alternate screen with mouse reporting.
func (m *Model) View() tea.View {
	v := tea.NewView(m.Render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "storyline"
	return v
}

// Render returns the screen content as a string.
func (m *Model) Render() string {
	if m.quitting {
		return ""
	}
	if m.width <= 0 || m.height <= 0 {
		return "storyline: starting…"
	}
	if m.width < 20 || m.height < 8 {
		return common.Clip("storyline: terminal too small", m.width)
	}
	m.updateStatus()
	var body string
	switch m.overlay {
	case overlayHelp:
		body = m.frame(m.rects[paneRelated], "Help · keys", m.helpView(), true)
	case overlayRelated, overlayTimeline:
		body = m.frame(m.rects[paneRelated], m.related.Title(), m.related.View(), true)
	default:
		var cols []string
		for _, p := range m.mainPanes() {
			cols = append(cols, m.paneFrame(p))
		}
		body = lipgloss.JoinVertical(lipgloss.Left,
			lipgloss.JoinHorizontal(lipgloss.Top, cols...),
			m.paneFrame(paneRelated))
	}
	return body + "\n" + m.status.View()
}

func (m *Model) paneFrame(p pane) string {
	var title string
	switch p {
	case paneList:
		title = m.list.Title()
	case paneReader:
		title = m.reader.Title()
	case paneActors:
		title = m.actors.Title()
	case paneRelated:
		title = m.related.Title()
		if id, _ := m.reader.CurrentThread(); id != "" {
			title += " · thread " + strings.TrimPrefix(id[strings.LastIndexByte(id, '#'):], "#")
		}
	}
	return m.frame(m.rects[p], title, m.component(p).View(), m.focus == p)
}

// frame draws a bordered box of r's size with a title line.
func (m *Model) frame(r rect, title, content string, focused bool) string {
	ps := m.c.Styles.Pane
	st, ts := ps.Frame, ps.Title
	if focused {
		st, ts = ps.FocusedFrame, ps.FocusedTitle
	}
	inner := max(r.w-2, 1)
	head := ts.Render(common.Clip(title, inner))
	return st.Width(r.w).Height(r.h).MaxHeight(r.h).Render(head + "\n" + content)
}

func (m *Model) helpView() string {
	s := m.c.Styles
	theme := "dark"
	switch {
	case s.Theme.NoColor:
		theme = "no colour"
	case !s.Theme.Dark:
		theme = "light"
	}
	path := m.opts.ConfigPath
	if path == "" {
		path = config.Path()
	}
	lines := []string{
		m.help.FullHelpView(m.c.Keys.FullHelp()),
		"",
		s.Dim.Render("Search syntax: words · \"a phrase\" · +must -not · actor:\"Name\" · thread:word · source:word · published:>\"2025-01-01\""),
		s.Dim.Render("Keys and theme (" + theme + ") are set in " + path),
		s.Dim.Render("esc or ? closes this help"),
	}
	return strings.Join(lines, "\n")
}

func (m *Model) updateStatus() {
	mode := paneNames[m.focus]
	var hints []key.Binding
	k := m.c.Keys
	switch m.overlay {
	case overlayHelp:
		mode, hints = "HELP", []key.Binding{k.Back, k.Quit}
	case overlayRelated:
		mode, hints = "RELATED", []key.Binding{k.Open, k.Back, k.Timeline}
	case overlayTimeline:
		mode, hints = "STORYLINE", []key.Binding{k.Open, k.NextStory, k.PrevStory, k.Back}
	default:
		if m.list.Typing() {
			mode = "SEARCH"
		}
		hints = append(m.component(m.focus).ShortHelp(), k.Help)
	}
	m.status.SetMode(mode)
	counts := m.list.Counts()
	if pos := m.reader.Position(); pos != "" {
		counts += " · " + pos
	}
	m.status.SetCounts(counts)
	m.status.SetHints(hints)
}
