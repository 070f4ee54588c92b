package list

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
)

// View renders the pane's content (the root draws the frame).
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	var lines []string
	if m.Searching() {
		lines = append(lines, m.input.View(), m.searchStatus())
	}
	s := m.c.Styles
	switch {
	case m.Searching() && m.searchErr != "":
		// The whole message and how to mend the query, wrapped: the
		// status line above has room for neither.
		lines = append(lines, m.wrapped(common.Line(m.searchErr), "", s.Error)...)
		if m.errHint != "" {
			lines = append(lines, "")
			lines = append(lines, m.wrapped(m.errHint, "", s.Dim)...)
		}
	case m.Searching() && m.result != nil && len(m.result.Hits) == 0 && m.query != "":
		lines = append(lines, s.Dim.Render("No story matches."))
		for _, a := range m.advice {
			lines = append(lines, "")
			lines = append(lines, m.wrapped(a, "· ", s.Dim)...)
		}
		lines = append(lines, "", s.Dim.Render(common.Clip("esc: back to the story list", m.width)))
	case m.Searching() && m.result != nil:
		for i := m.offset; i < len(m.result.Hits) && len(lines) < m.height; i++ {
			lines = append(lines, m.hitLines(m.result.Hits[i], i == m.cursor)...)
		}
	case m.Searching():
	case m.listErr != "":
		lines = append(lines, s.Error.Render(common.Clip("error: "+common.Line(m.listErr), m.width)))
	case len(m.stories) == 0 && m.loading:
		lines = append(lines, s.Dim.Render("loading…"))
	case len(m.stories) == 0:
		lines = append(lines, s.Dim.Render("no stories yet"), s.Dim.Render("storyline import PATH"))
	default:
		for i := m.offset; i < len(m.stories) && len(lines) < m.height; i++ {
			lines = append(lines, m.storyLines(m.stories[i], i == m.cursor)...)
		}
		if m.loading && len(lines) < m.height {
			lines = append(lines, s.Dim.Render("loading more…"))
		}
	}
	for i := range lines {
		lines[i] = common.Clip(lines[i], m.width)
	}
	return common.Lines(lines, m.height)
}

func (m *Model) searchStatus() string {
	s := m.c.Styles
	switch {
	case m.searchErr != "":
		return s.Error.Render(common.Clip("⚠ this query cannot be read", m.width))
	case m.searching:
		return s.Dim.Render("searching…")
	case m.result != nil && m.query != "":
		line := fmt.Sprintf("%s · %.0f ms", common.Count(m.found(), "story", "stories"), m.result.TookMS)
		if m.order != archive.ByRelevance {
			line += " · " + m.order.String() + " first"
			if len(m.result.Hits) > 0 && !slices.ContainsFunc(m.result.Hits, func(h archive.SearchHit) bool { return h.Published != nil }) {
				// Nothing to order by: say why the order did not change.
				line += " (no hit has a date)"
			}
		}
		return s.Dim.Render(line)
	}
	return s.Dim.Render("type to search · enter open · esc back")
}

// bar is the left margin of an item: a bar on the selected one.
func (m *Model) bar(selected bool) string {
	if selected {
		return m.c.Styles.SelectedBar.Render("▌") + " "
	}
	return "  "
}

func (m *Model) titleLine(title string, selected bool) string {
	s := m.c.Styles
	t := common.Clip(common.Line(title), m.width-2)
	if selected {
		return m.bar(true) + s.Selected.Render(t)
	}
	return m.bar(false) + s.Title.Render(t)
}

func (m *Model) storyLines(it archive.StorySummary, selected bool) []string {
	s := m.c.Styles
	// The counts before the names: a narrow list clips the line's end,
	// and a clipped source reads better than "4…" for "4 threads".
	meta := []string{}
	if d := common.Date(it.Published); d != "" {
		meta = append(meta, d)
	}
	if it.Threads > 1 {
		meta = append(meta, common.Count(it.Threads, "thread", "threads"))
	}
	if n := len(it.Versions); n > 0 {
		meta = append(meta, common.Count(n+1, "version", "versions"))
	}
	if src := common.Line(it.Source); src != "" {
		meta = append(meta, src)
	}
	if cat := common.Line(it.Category); cat != "" {
		meta = append(meta, cat)
	}
	return []string{
		m.titleLine(it.Title, selected),
		m.bar(selected) + s.Date.Render(common.Clip(strings.Join(meta, " · "), m.width-2)),
	}
}

func (m *Model) hitLines(h archive.SearchHit, selected bool) []string {
	s := m.c.Styles
	date := common.Date(h.Published)
	if n := len(h.Versions); n > 0 {
		// Versions of this story found lower down are not listed apart.
		date = strings.TrimPrefix(date+" · "+common.Count(n+1, "version", "versions"), " · ")
	}
	meta := s.Date.Render(date)
	for i, id := range h.Threads {
		label := ""
		if i < len(h.Labels) {
			label = common.Line(h.Labels[i])
		}
		if i > 0 || date != "" {
			meta += " " // no space before the first label of an undated hit
		}
		n := common.ThreadNum(id)
		meta += s.Thread(n, false).Render("▌") + s.Dim.Render(label)
	}
	frag := ""
	for _, f := range h.Fragments {
		// A fragment of the title says nothing the title line does not.
		if strings.EqualFold(common.Line(strings.NewReplacer(common.MarkStart, "", common.MarkEnd, "").Replace(f)), common.Line(h.Title)) {
			continue
		}
		frag = common.Marked(common.CenterMark(f, (m.width-2)/3), s.Dim, s.Highlight)
		break
	}
	return []string{
		m.titleLine(h.Title, selected),
		m.bar(selected) + common.Clip(meta, m.width-2),
		m.bar(selected) + common.Clip(frag, m.width-2),
	}
}

// wrapped word-wraps text to the pane's width, the first line after lead
// and the others indented as far, each line in style st.
func (m *Model) wrapped(text, lead string, st lipgloss.Style) []string {
	indent := strings.Repeat(" ", ansi.StringWidth(lead))
	w := max(m.width-ansi.StringWidth(lead), 8)
	var out []string
	for i, l := range strings.Split(ansi.Wrap(text, w, ""), "\n") {
		pre := indent
		if i == 0 {
			pre = lead
		}
		out = append(out, st.Render(pre+l))
	}
	return out
}
