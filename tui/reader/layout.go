package reader

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/storyline/storyline/tui/common"
)

// layout rebuilds the header and body lines from the story, the render
// cache and the reader's state. The offset is kept (and clamped).
func (m *Model) layout() {
	m.header, m.lines, m.lineThr, m.hitParas = m.header[:0], m.lines[:0], m.lineThr[:0], m.hitParas[:0]
	m.paraStart = map[int]int{}
	if m.story == nil || m.width <= 0 {
		return
	}
	s := m.c.Styles
	w := m.width
	for i, l := range strings.Split(ansi.Wordwrap(m.title, w, ""), "\n") {
		if i == 2 {
			break
		}
		m.header = append(m.header, s.Title.Render(common.Clip(l, w)))
	}
	if m.meta != "" {
		m.header = append(m.header, s.Date.Render(common.Clip(m.meta, w)))
	}
	m.header = append(m.header, m.legend()...)
	m.header = append(m.header, s.Faint.Render(strings.Repeat("─", w)))

	k := m.key()
	glam := m.cache[k]
	plain := m.plain[k]
	if plain == nil {
		plain = make([][]string, len(m.texts))
		m.plain[k] = plain
	}
	gut := m.gutters()
	for i := range m.texts {
		if m.furn[i] && !m.furniture {
			continue
		}
		t := m.pthread[i]
		if m.focus && (t != m.cur || m.furn[i]) {
			continue
		}
		var body []string
		switch {
		case m.furn[i]:
			body = renderPlain(m.texts[i], k.width, nil, s.Boilerplate, s.Highlight)
		case glam != nil && glam[i] != nil:
			body = glam[i]
		default:
			if plain[i] == nil {
				plain[i] = renderPlain(m.texts[i], k.width, m.re, s.Text, s.Highlight)
			}
			body = plain[i]
		}
		if len(m.lines) > 0 {
			m.lines = append(m.lines, "")
			m.lineThr = append(m.lineThr, t)
		}
		m.paraStart[i] = len(m.lines)
		hit := m.re != nil && !m.furn[i] && m.re.MatchString(m.texts[i])
		if hit {
			m.hitParas = append(m.hitParas, i)
		}
		g := gut.get(t, m.furn[i], t == m.cur, hit)
		for j, l := range body {
			if j == 0 {
				m.lines = append(m.lines, g.first+l)
			} else {
				m.lines = append(m.lines, g.rest+l)
			}
			m.lineThr = append(m.lineThr, t)
		}
	}
	if len(m.lines) == 0 {
		m.lines = append(m.lines, s.Dim.Render("(nothing to show — b shows page furniture)"))
		m.lineThr = append(m.lineThr, 0)
	}
	m.clamp()
}

// gutter is the rendered gutter of a paragraph's first and later lines.
type gutter struct{ first, rest string }

type gutterSet struct {
	m     *Model
	cache map[[4]int]gutter
}

func (m *Model) gutters() *gutterSet { return &gutterSet{m: m, cache: map[[4]int]gutter{}} }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// get returns the gutter of a paragraph of thread t (0: none): the
// thread's colour bar, a mark on the current thread, the thread number
// and a diamond on paragraphs with search hits.
func (g *gutterSet) get(t int, furn, cur, hit bool) gutter {
	k := [4]int{t, b2i(furn), b2i(cur), b2i(hit)}
	if v, ok := g.cache[k]; ok {
		return v
	}
	s := g.m.c.Styles
	blank := strings.Repeat(" ", gutterWidth)
	hitMark := " "
	if hit {
		hitMark = s.Accent.Render("◆")
	}
	var v gutter
	switch {
	case furn:
		v = gutter{s.Faint.Render(" ·") + strings.Repeat(" ", gutterWidth-2), blank}
	case t == 0:
		v = gutter{"    " + hitMark + " ", blank}
	default:
		st := s.Thread(t, cur)
		mark := " "
		if cur {
			mark = "▸"
		}
		v = gutter{st.Render(fmt.Sprintf("▌%s%-2d", mark, t)) + hitMark + " ", st.Render("▌") + strings.Repeat(" ", gutterWidth-1)}
	}
	g.cache[k] = v
	return v
}

// legend lays the thread labels out in as few lines as fit (at most 3).
func (m *Model) legend() []string {
	s := m.c.Styles
	var out []string
	line, lw := "", 0
	for _, t := range m.threads {
		cur := t.num == m.cur
		bar := "▌"
		if cur {
			bar = "▶"
		}
		lab := s.Dim.Render(t.label)
		if cur {
			lab = s.Emph.Render(t.label)
		}
		item := s.Thread(t.num, cur).Render(fmt.Sprintf("%s%d", bar, t.num)) + " " + lab
		iw := ansi.StringWidth(item)
		if lw > 0 && lw+2+iw > m.width {
			out = append(out, line)
			line, lw = "", 0
		}
		if lw > 0 {
			line += "  "
			lw += 2
		}
		line += item
		lw += iw
	}
	if lw > 0 {
		out = append(out, line)
	}
	if len(out) > 3 {
		out = append(out[:2], s.Dim.Render(fmt.Sprintf("… %d threads (1–9, t/T)", len(m.threads))))
	}
	for i := range out {
		out[i] = common.Clip(out[i], m.width)
	}
	return out
}

// View renders the pane's content (the root draws the frame).
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.story == nil {
		s := m.c.Styles
		if m.emptyArchive {
			// Nothing to select or search: say how to fill the archive.
			return common.Lines([]string{
				s.Dim.Render("This archive has no stories yet."),
				"",
				s.Dim.Render(common.Clip("Import some from a shell, then open it again:", m.width)),
				s.Dim.Render(common.Clip("  storyline import PATH", m.width)),
				s.Dim.Render(common.Clip("(text, Markdown, HTML, feeds, JSON Lines; folders too)", m.width)),
			}, m.height)
		}
		return common.Lines([]string{
			s.Dim.Render("No story open."),
			"",
			s.Dim.Render("enter opens the selected story · / searches"),
		}, m.height)
	}
	out := make([]string, 0, m.height)
	out = append(out, m.header...)
	body := m.bodyHeight()
	end := min(m.offset+body, len(m.lines))
	out = append(out, m.lines[m.offset:end]...)
	return common.Lines(out, m.height)
}
