package tui

import tea "charm.land/bubbletea/v2"

// rect is a pane's frame on screen.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// Width thresholds: three panes from wideWidth, two from mediumWidth,
// one below.
const (
	wideWidth   = 120
	mediumWidth = 90
)

// mainPanes returns the panes shown side by side, left to right.
func (m *Model) mainPanes() []pane {
	side := paneList
	if m.lastMain == paneActors {
		side = paneActors
	}
	switch {
	case m.width >= wideWidth:
		return []pane{paneList, paneReader, paneActors}
	case m.width >= mediumWidth:
		return []pane{side, paneReader}
	default:
		return []pane{m.lastMain}
	}
}

// shortHeight is the terminal height under which the related strip is
// hidden unless it has focus: its five rows would leave the reader two
// lines of text.
const shortHeight = 20

// stripShown reports whether the related strip is on screen under the
// main panes.
func (m *Model) stripShown() bool {
	return m.height >= shortHeight || m.focus == paneRelated
}

func (m *Model) stripHeight() int {
	if !m.stripShown() {
		return 0
	}
	switch {
	case m.height >= 40:
		return 8
	case m.height >= 28:
		return 6
	default:
		return 5
	}
}

// layout computes every pane's rectangle and passes the content sizes
// down (frame: 2 border lines and a title line; 2 border columns).
func (m *Model) layout() tea.Cmd {
	if m.width <= 0 || m.height <= 0 {
		return nil
	}
	m.status.SetWidth(m.width)
	m.help.SetWidth(m.width - 4)
	m.rects = map[pane]rect{}
	bodyH := m.height - 1
	if m.overlay != overlayNone {
		r := rect{0, 0, m.width, bodyH}
		m.rects[paneRelated] = r
		return tea.Batch(m.related.SetSize(r.w-2, r.h-3), m.people.SetSize(r.w-2, r.h-3))
	}
	stripH := 0
	if h := m.stripHeight(); h > 0 {
		stripH = min(h, max(bodyH-6, 3))
	}
	mainH := bodyH - stripH
	panes := m.mainPanes()
	widths := m.widths(panes)
	x := 0
	for i, p := range panes {
		m.rects[p] = rect{x, 0, widths[i], mainH}
		x += widths[i]
	}
	if stripH > 0 {
		m.rects[paneRelated] = rect{0, mainH, m.width, stripH}
	}
	var cmds []tea.Cmd
	for p, r := range m.rects {
		cmds = append(cmds, m.component(p).SetSize(max(r.w-2, 1), max(r.h-3, 1)))
	}
	return tea.Batch(cmds...)
}

func (m *Model) widths(panes []pane) []int {
	w := m.width
	switch len(panes) {
	case 3:
		lw := min(max(w*28/100, 30), 48)
		aw := min(max(w*20/100, 26), 36)
		return []int{lw, w - lw - aw, aw}
	case 2:
		sw := min(max(w*32/100, 30), 40)
		return []int{sw, w - sw}
	}
	return []int{w}
}
