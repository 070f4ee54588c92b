package tui

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/list"
	"github.com/storyline/storyline/tui/related"
)

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.update(msg)
	return m, tea.Batch(cmd, m.syncThread())
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m.layout()
	case tea.BackgroundColorMsg:
		if m.autoTheme && !m.c.Styles.Theme.NoColor {
			return m.setTheme(msg.IsDark())
		}
		return nil
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.MouseClickMsg:
		return m.click(msg.Mouse())
	case tea.MouseWheelMsg:
		return m.wheel(msg.Mouse())
	case common.OpenStoryMsg:
		m.leaving(msg.ID, !msg.Preview)
		if msg.Preview {
			if m.focus != paneList || m.overlay != overlayNone {
				return nil
			}
			if s := m.reader.Story(); s != nil && s.ID == msg.ID {
				if slices.Equal(m.reader.Terms(), msg.Terms) {
					return nil // already shown: keep the reader's place
				}
				// The same story under a new query: highlight the new
				// terms without loading it again.
				return m.reader.SetStory(s, msg.Thread, msg.Terms)
			}
			return m.openStory(msg)
		}
		m.overlay = overlayNone
		m.related.SetMode(related.Strip)
		return tea.Batch(m.layout(), m.openStory(msg))
	case common.StoryMsg:
		if msg.Req != m.storyReq {
			return nil // a newer open superseded this one
		}
		m.opening = false
		if msg.Err != nil {
			m.status.Message("could not open story: "+msg.Err.Error(), true)
			return nil
		}
		cmds := []tea.Cmd{
			m.reader.SetStory(msg.Story, msg.Open.Thread, msg.Open.Terms),
			m.actors.SetStory(msg.Story),
		}
		m.thread = "" // force the actors and related panes to follow
		if m.focus == paneList && !msg.Open.Preview {
			cmds = append(cmds, m.setFocus(paneReader))
		}
		return tea.Batch(cmds...)
	case common.SearchMsg:
		m.overlay = overlayNone
		m.related.SetMode(related.Strip)
		return tea.Batch(m.setFocus(paneList), m.layout(), m.list.SetQuery(msg.Query))
	case common.StatusMsg:
		m.status.Message(msg.Text, msg.Err)
		return nil
	case common.AwayMsg:
		m.status.SetNote(msg.Note)
		m.status.Message(msg.Note, false)
		return nil
	case common.BackMsg:
		return m.reload(msg.Info)
	case common.ErrMsg:
		m.status.Message(fmt.Sprintf("%s: %v", msg.Op, msg.Err), true)
		return nil
	case list.PageMsg:
		cmd := m.list.Update(msg)
		if msg.Offset == 0 && msg.Err == nil {
			m.reader.SetEmptyArchive(len(msg.Items) == 0)
		}
		// Open the newest story at start so the reader is never empty.
		if msg.Offset == 0 && msg.Err == nil && len(msg.Items) > 0 && (m.reader.Story() == nil && !m.opening && m.opts.Query == "" || m.newest) {
			m.newest = false
			// Opened to read (the reader takes the focus), so it is the
			// first story of the way back.
			m.reading = msg.Items[0].ID
			return tea.Batch(cmd, m.openStory(common.OpenStoryMsg{ID: msg.Items[0].ID}))
		}
		return cmd
	}
	// Everything else is a pane's own message: each ignores the others'.
	return tea.Batch(m.list.Update(msg), m.reader.Update(msg), m.actors.Update(msg), m.related.Update(msg), m.people.Update(msg))
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	if key.Matches(msg, k.ForceQuit) {
		m.quitting = true
		return tea.Quit
	}
	if m.list.Typing() {
		return m.list.Update(msg)
	}
	if m.overlay == overlayPeople && m.people.Typing() {
		return m.people.Update(msg)
	}
	m.status.Clear()
	switch m.overlay {
	case overlayHelp:
		switch {
		case key.Matches(msg, k.Quit):
			m.quitting = true
			return tea.Quit
		case key.Matches(msg, k.Back, k.Help):
			return m.closeOverlay()
		case key.Matches(msg, k.Down):
			m.helpOffset++
		case key.Matches(msg, k.Up):
			m.helpOffset--
		case key.Matches(msg, k.PageDown):
			m.helpOffset += m.helpRows()
		case key.Matches(msg, k.PageUp):
			m.helpOffset -= m.helpRows()
		case key.Matches(msg, k.HalfDown):
			m.helpOffset += m.helpRows() / 2
		case key.Matches(msg, k.HalfUp):
			m.helpOffset -= m.helpRows() / 2
		case key.Matches(msg, k.Top):
			m.helpOffset = 0
		case key.Matches(msg, k.Bottom):
			m.helpOffset = 1 << 20 // clamped to the last page below
		}
		m.clampHelp(len(m.helpLines()))
		return nil
	case overlayPeople:
		switch {
		case key.Matches(msg, k.Back) && m.people.Filtered():
			return m.people.ClearFilter()
		case key.Matches(msg, k.Back, k.People):
			return m.closeOverlay()
		}
	case overlayRelated, overlayTimeline:
		switch {
		case key.Matches(msg, k.Back):
			return m.closeOverlay()
		case key.Matches(msg, k.Related) && m.overlay == overlayRelated,
			key.Matches(msg, k.Timeline) && m.overlay == overlayTimeline:
			return m.closeOverlay()
		}
	}
	switch {
	case key.Matches(msg, k.Quit):
		m.quitting = true
		return tea.Quit
	case key.Matches(msg, k.Help):
		return m.openOverlay(overlayHelp)
	case key.Matches(msg, k.Related):
		return m.openOverlay(overlayRelated)
	case key.Matches(msg, k.Timeline):
		return m.openOverlay(overlayTimeline)
	case key.Matches(msg, k.People):
		return tea.Batch(m.openOverlay(overlayPeople), m.people.Load())
	case key.Matches(msg, k.JumpBack):
		return m.jumpBack()
	case key.Matches(msg, k.NextStory):
		return m.stepStoryline(1)
	case key.Matches(msg, k.PrevStory):
		return m.stepStoryline(-1)
	case key.Matches(msg, k.OpenURL):
		return m.openURL()
	case key.Matches(msg, k.CopyURL):
		return m.copyURL()
	}
	switch m.overlay {
	case overlayPeople:
		return m.people.Update(msg)
	case overlayNone:
	default:
		return m.related.Update(msg)
	}
	switch {
	case key.Matches(msg, k.NextPane):
		return m.cycleFocus(1)
	case key.Matches(msg, k.PrevPane):
		return m.cycleFocus(-1)
	case key.Matches(msg, k.Search):
		return tea.Batch(m.setFocus(paneList), m.list.StartSearch())
	case key.Matches(msg, k.Actors):
		if m.focus == paneActors {
			return m.setFocus(paneReader)
		}
		return m.setFocus(paneActors)
	case key.Matches(msg, k.List):
		if m.focus == paneList {
			return m.setFocus(paneReader)
		}
		return m.setFocus(paneList)
	case key.Matches(msg, k.Back):
		return m.back()
	case key.Matches(msg, k.NextThread, k.PrevThread, k.JumpThread, k.Focus, k.Boilerplate, k.NextHit, k.PrevHit):
		return m.reader.StoryKey(msg)
	}
	return m.component(m.focus).Update(msg)
}

// back backs out of one mode: focus mode, then search, then to the list.
func (m *Model) back() tea.Cmd {
	switch {
	case m.reader.Focused():
		m.reader.ToggleFocus()
		return nil
	case m.focus == paneList && m.list.Searching():
		m.list.Cancel()
		return nil
	case m.focus != paneList:
		return m.setFocus(paneList)
	}
	return nil
}

func (m *Model) openOverlay(o overlay) tea.Cmd {
	m.overlay = o
	m.helpOffset = 0
	switch o {
	case overlayRelated:
		m.related.SetMode(related.List)
	case overlayTimeline:
		m.related.SetMode(related.Timeline)
	}
	return m.layout()
}

func (m *Model) closeOverlay() tea.Cmd {
	m.overlay = overlayNone
	m.related.SetMode(related.Strip)
	return m.layout()
}

// stepStoryline opens the next or previous story of the current thread's
// storyline, landing on that story's thread.
func (m *Model) stepStoryline(d int) tea.Cmd {
	e, reason, ok := m.related.Neighbour(d)
	if !ok {
		m.status.Message(reason, false)
		return nil
	}
	m.leaving(e.Story, true)
	return m.openStory(common.OpenStoryMsg{ID: e.Story, Thread: e.Thread})
}

// click focuses the pane under the pointer and passes the click on.
func (m *Model) click(ms tea.Mouse) tea.Cmd {
	if ms.Button != tea.MouseLeft {
		return nil
	}
	for p, r := range m.rects {
		if !r.contains(ms.X, ms.Y) {
			continue
		}
		y := ms.Y - r.y - 2 // border and title line
		cmd := m.setFocus(p)
		if m.overlay == overlayHelp || m.overlay == overlayPeople {
			return cmd
		}
		switch p {
		case paneList:
			return tea.Batch(cmd, m.list.Click(y))
		case paneReader:
			m.reader.Click(y)
		case paneActors:
			return tea.Batch(cmd, m.actors.Click(y))
		case paneRelated:
			return tea.Batch(cmd, m.related.Click(y))
		}
		return cmd
	}
	return nil
}

// wheel scrolls the pane under the pointer.
func (m *Model) wheel(ms tea.Mouse) tea.Cmd {
	d := 0
	switch ms.Button {
	case tea.MouseWheelUp:
		d = -1
	case tea.MouseWheelDown:
		d = 1
	default:
		return nil
	}
	for p, r := range m.rects {
		if !r.contains(ms.X, ms.Y) {
			continue
		}
		if m.overlay == overlayPeople {
			m.people.Move(d)
			return nil
		}
		switch p {
		case paneList:
			return m.list.Move(d)
		case paneReader:
			m.reader.Scroll(3 * d)
		case paneActors:
			m.actors.Move(d)
		case paneRelated:
			m.related.Move(d)
		}
	}
	return nil
}

// reload shows the archive again after a writer changed it: the list (or
// the search) and the open story, on the same thread, with the panes that
// follow it.
func (m *Model) reload(info archive.Info) tea.Cmd {
	if m.status.Info().Demo && !info.Demo {
		return m.switchArchive(info)
	}
	m.status.SetInfo(info)
	m.status.Message("archive updated · "+common.Count(info.Stories, "story", "stories"), false)
	cmds := []tea.Cmd{m.list.Reload()}
	if s := m.reader.Story(); s != nil {
		cmds = append(cmds, m.openStory(common.OpenStoryMsg{ID: s.ID, Thread: m.thread, Terms: m.reader.Terms(), Preview: true}))
	}
	return tea.Batch(cmds...)
}

// switchArchive shows the user's archive, made by a first import while
// the browser showed the demo: the list from the top, its newest story in
// the reader, no search and no way back into the demo.
func (m *Model) switchArchive(info archive.Info) tea.Cmd {
	m.status.SetInfo(info)
	m.status.Message("your archive is ready · "+common.Count(info.Stories, "story", "stories"), false)
	m.history, m.reading = nil, ""
	m.overlay = overlayNone
	m.related.SetMode(related.Strip)
	m.list.Cancel()
	m.newest = true
	return tea.Batch(m.layout(), m.setFocus(paneList), m.list.Restart())
}
