package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/config"
	"github.com/storyline/storyline/tui/statusbar"
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
	case overlayPeople:
		body = m.frame(m.rects[paneRelated], m.people.Title(), m.people.View(), true)
	default:
		var cols []string
		for _, p := range m.mainPanes() {
			cols = append(cols, m.paneFrame(p))
		}
		body = joinColumns(cols)
		if m.stripShown() {
			body += "\n" + m.paneFrame(paneRelated)
		}
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

// frame draws a bordered box of r's size with a title line. It draws the
// border itself (each content line fitted to the inner width) rather than
// asking lipgloss to measure and wrap the whole block: this is the hot
// path of every frame.
func (m *Model) frame(r rect, title, content string, focused bool) string {
	ps := m.c.Styles.Pane
	b, edge, ts := ps.Border, ps.Edge, ps.Title
	if focused {
		b, edge, ts = ps.FocusedBorder, ps.FocusedEdge, ps.FocusedTitle
	}
	inner := max(r.w-2, 1)
	rows := max(r.h-2, 1)
	left, right := edge.Render(b.Left), edge.Render(b.Right)
	lines := make([]string, 0, r.h)
	lines = append(lines, edge.Render(b.TopLeft+strings.Repeat(b.Top, inner)+b.TopRight))
	lines = append(lines, left+common.Fit(ts.Render(common.Clip(title, inner)), inner)+right)
	body := strings.Split(content, "\n")
	for i := 0; i < rows-1; i++ {
		l := ""
		if i < len(body) {
			l = body[i]
		}
		lines = append(lines, left+common.Fit(l, inner)+right)
	}
	lines = append(lines, edge.Render(b.BottomLeft+strings.Repeat(b.Bottom, inner)+b.BottomRight))
	return strings.Join(lines, "\n")
}

// joinColumns puts equally tall blocks side by side.
func joinColumns(blocks []string) string {
	if len(blocks) == 1 {
		return blocks[0]
	}
	split := make([][]string, len(blocks))
	for i, b := range blocks {
		split[i] = strings.Split(b, "\n")
	}
	var sb strings.Builder
	for row := range split[0] {
		if row > 0 {
			sb.WriteByte('\n')
		}
		for _, s := range split {
			if row < len(s) {
				sb.WriteString(s[row])
			}
		}
	}
	return sb.String()
}

// helpLines is the help: the keys, the search syntax, where the keys are
// set, one line a string.
func (m *Model) helpLines() []string {
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
	inner := max(m.width-2, 10)
	var lines []string
	for i, row := range m.packHelp(m.c.Keys.FullHelp(), max(m.width-4, 10)) {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, m.help.FullHelpView(row))
	}
	for _, t := range []string{
		"Search syntax: words · \"a phrase\" · +must -not · word~ (near spellings) · actor:\"Name\" · name:\"Name\" · thread:word · source:word · category:word · published:>\"2025-01-01\"",
		"In the archive's actors (" + m.c.Keys.People.Help().Key + "): tab keeps one kind · " + m.c.Keys.Search.Help().Key + " filters by name · enter finds their stories",
		"Keys and theme (" + theme + ") are set in " + path,
		"esc or ? closes this help",
	} {
		lines = append(lines, "")
		for _, l := range strings.Split(ansi.Wordwrap(t, inner, ""), "\n") {
			lines = append(lines, s.Dim.Render(l))
		}
	}
	return strings.Split(strings.Join(lines, "\n"), "\n")
}

// helpView renders the help's lines from the scroll offset, which it
// keeps within the last page.
func (m *Model) helpView() string {
	all := m.helpLines()
	m.clampHelp(len(all))
	return strings.Join(all[m.helpOffset:], "\n")
}

// clampHelp keeps the help's offset within its n lines' last page.
func (m *Model) clampHelp(n int) {
	m.helpOffset = max(min(m.helpOffset, n-m.helpRows()), 0)
}

// packHelp packs the key groups into rows of columns that fit width, in
// order, so that no column is cut away at a narrow width (the help model
// drops the columns that do not fit and shows an ellipsis instead).
func (m *Model) packHelp(groups [][]key.Binding, width int) [][][]key.Binding {
	sep := ansi.StringWidth(m.help.FullSeparator)
	var rows [][][]key.Binding
	used := 0
	for _, g := range groups {
		w := lipgloss.Width(m.help.FullHelpView([][]key.Binding{g}))
		if len(rows) == 0 || used+sep+w > width {
			rows = append(rows, nil)
			used = -sep
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], g)
		used += sep + w
	}
	return rows
}

// helpRows is how many lines of help show at once.
func (m *Model) helpRows() int { return max(m.height-4, 1) }

func (m *Model) updateStatus() {
	mode := paneNames[m.focus]
	var hints []key.Binding
	k := m.c.Keys
	switch m.overlay {
	case overlayHelp:
		mode, hints = "HELP", []key.Binding{k.Down, k.Up, k.Back, k.Quit}
	case overlayRelated:
		mode, hints = "RELATED", []key.Binding{k.Open, k.Back, k.Timeline}
	case overlayTimeline:
		mode, hints = "STORYLINE", []key.Binding{k.Open, k.NextStory, k.PrevStory, k.Back}
	case overlayPeople:
		mode, hints = "ACTORS", append(m.people.ShortHelp(), k.Help)
	default:
		if m.list.Typing() {
			mode = "SEARCH"
		}
		hints = m.component(m.focus).ShortHelp()
		if len(m.mainPanes()) < 3 {
			// Side panes are hidden: say first how to reach them (a
			// narrow bar drops hints from its end).
			hints = append([]key.Binding{k.NextPane}, hints...)
		}
		hints = append(hints, k.Help)
	}
	m.status.SetMode(mode)
	m.status.SetHints(hints)
	// An overlay over the reader counts its own rows: the reader's thread,
	// hits and scroll are not what the keys move.
	switch m.overlay {
	case overlayPeople:
		m.status.SetCounts(statusbar.Part{Text: m.people.Position(), Keep: statusbar.KeepList})
		return
	case overlayRelated, overlayTimeline:
		m.status.SetCounts(statusbar.Part{Text: m.related.Position(), Keep: statusbar.KeepList})
		return
	}
	thread, hits, scroll := m.reader.Position()
	stories, took := m.list.Counts()
	keep := statusbar.KeepTotal
	if m.focus == paneList && m.overlay == overlayNone {
		keep = statusbar.KeepList // the list's count first while it has focus
	}
	m.status.SetCounts(
		statusbar.Part{Text: stories, Keep: keep},
		statusbar.Part{Text: took, Keep: statusbar.KeepTook},
		statusbar.Part{Text: thread, Keep: statusbar.KeepThread},
		statusbar.Part{Text: hits, Keep: statusbar.KeepHits},
		statusbar.Part{Text: scroll, Keep: statusbar.KeepScroll},
	)
}
