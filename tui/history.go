package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/related"
)

// maxHistory is how many stories the jump-back history keeps.
const maxHistory = 64

// leaving is called before the reader shows story id: when it is moving
// away from the story the user opened to read (not one a list cursor or a
// search previewed), that story and the thread they were on go on the
// history, for JumpBack. open says whether id is opened to read.
func (m *Model) leaving(id string, open bool) {
	cur := m.reader.Story()
	if cur != nil && cur.ID != id && cur.ID == m.reading {
		thread, _ := m.reader.CurrentThread()
		m.history = append(m.history, common.OpenStoryMsg{ID: cur.ID, Thread: thread, Terms: m.reader.Terms()})
		if len(m.history) > maxHistory {
			m.history = m.history[len(m.history)-maxHistory:]
		}
	}
	switch {
	case open:
		m.reading = id
	case cur == nil || cur.ID != id:
		m.reading = "" // previews are not history
	}
}

// jumpBack opens the story read before the current one, on the thread
// the user left it at.
func (m *Model) jumpBack() tea.Cmd {
	if len(m.history) == 0 {
		m.status.Message("no story to go back to", false)
		return nil
	}
	o := m.history[len(m.history)-1]
	m.history = m.history[:len(m.history)-1]
	m.reading = o.ID
	m.overlay = overlayNone
	m.related.SetMode(related.Strip)
	return tea.Batch(m.layout(), m.openStory(o))
}
