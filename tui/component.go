package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/tui/common"
)

// component returns the pane's model.
func (m *Model) component(p pane) common.Component {
	switch p {
	case paneList:
		return m.list
	case paneReader:
		return m.reader
	case paneActors:
		return m.actors
	default:
		return m.related
	}
}

// setFocus focuses p, relaying out when that changes what is on screen.
func (m *Model) setFocus(p pane) tea.Cmd {
	strip := m.stripShown()
	m.focus = p
	m.related.SetFocused(p == paneRelated)
	if p != paneRelated && m.lastMain != p {
		m.lastMain = p
		return m.layout()
	}
	if m.stripShown() != strip {
		return m.layout() // a short terminal shows the strip only focused
	}
	return nil
}

func (m *Model) cycleFocus(d int) tea.Cmd {
	return m.setFocus(pane((int(m.focus) + d + int(paneCount)) % int(paneCount)))
}

// syncThread tells the actors and related panes when the reader's
// current thread changed.
func (m *Model) syncThread() tea.Cmd {
	id, arc := m.reader.CurrentThread()
	if id == m.thread {
		return nil
	}
	m.thread = id
	m.actors.SetThread(id)
	return m.related.SetThread(id, arc)
}
