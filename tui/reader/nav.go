package reader

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/tui/common"
)

// Update handles messages; keys arrive when the pane has focus, or from
// the root for the story-wide keys (threads, hits, focus mode).
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case RenderedMsg:
		delete(m.pending, msg.key)
		if msg.Err != nil {
			return func() tea.Msg { return common.ErrMsg{Op: "render", Err: msg.Err} }
		}
		m.cache[msg.key] = msg.Paras
		if msg.key == m.key() {
			top := m.topPara()
			m.layout()
			if top >= 0 {
				m.scrollToPara(top)
			}
		}
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	return nil
}

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	body := m.bodyHeight()
	switch {
	case key.Matches(msg, k.Up):
		m.Scroll(-1)
	case key.Matches(msg, k.Down):
		m.Scroll(1)
	case key.Matches(msg, k.Top):
		m.Scroll(-len(m.lines))
	case key.Matches(msg, k.Bottom):
		m.Scroll(len(m.lines))
	case key.Matches(msg, k.HalfDown):
		m.Scroll(body / 2)
	case key.Matches(msg, k.HalfUp):
		m.Scroll(-body / 2)
	case key.Matches(msg, k.PageDown):
		m.Scroll(body)
	case key.Matches(msg, k.PageUp):
		m.Scroll(-body)
	default:
		return m.StoryKey(msg)
	}
	return nil
}

// StoryKey handles the story-wide keys, whichever pane has focus:
// threads, focus mode, furniture and search hits.
func (m *Model) StoryKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	if m.story == nil {
		return nil
	}
	switch {
	case key.Matches(msg, k.NextThread):
		m.StepThread(1)
	case key.Matches(msg, k.PrevThread):
		m.StepThread(-1)
	case key.Matches(msg, k.JumpThread):
		n := int(msg.Code - '0')
		if len(msg.Text) == 1 && msg.Text[0] >= '1' && msg.Text[0] <= '9' {
			n = int(msg.Text[0] - '0')
		}
		if m.thread(n) == nil {
			// Say what there is: a story of one thread has no 2.
			return status(fmt.Sprintf("no thread %d: this story has %s", n, common.Count(len(m.threads), "thread", "threads")), true)
		}
		m.GoThread(n)
	case key.Matches(msg, k.Focus):
		m.ToggleFocus()
	case key.Matches(msg, k.Boilerplate):
		m.furniture = !m.furniture
		top, atTop := m.topPara(), m.offset == 0
		m.layout()
		if !atTop {
			m.scrollToPara(top)
		}
		if m.furniture {
			return status("showing page furniture", false)
		}
		return status("page furniture hidden", false)
	case key.Matches(msg, k.NextHit):
		return m.StepHit(1)
	case key.Matches(msg, k.PrevHit):
		return m.StepHit(-1)
	}
	return nil
}

func status(s string, err bool) tea.Cmd {
	return func() tea.Msg { return common.StatusMsg{Text: s, Err: err} }
}

// StepThread moves to the next (d=1) or previous (d=-1) thread.
func (m *Model) StepThread(d int) {
	if len(m.threads) == 0 {
		return
	}
	i := 0
	for j, t := range m.threads {
		if t.num == m.cur {
			i = j
		}
	}
	i = (i + d + len(m.threads)) % len(m.threads)
	m.GoThread(m.threads[i].num)
}

// GoThread makes thread n current and scrolls to its first paragraph.
func (m *Model) GoThread(n int) {
	if m.thread(n) == nil {
		return
	}
	m.cur = n
	m.layout()
	if m.focus {
		m.offset = 0
		return
	}
	m.scrollToThread(n)
}

// ToggleFocus switches focus mode (only the current thread shows).
func (m *Model) ToggleFocus() {
	if m.cur == 0 {
		return
	}
	m.focus = !m.focus
	m.layout()
	if m.focus {
		m.offset = 0
	} else {
		m.scrollToThread(m.cur)
	}
}

// StepHit jumps to the next or previous paragraph with a search hit.
func (m *Model) StepHit(d int) tea.Cmd {
	if len(m.hitParas) == 0 {
		return status("no search hits in this story", false)
	}
	m.hit = (m.hit + d + len(m.hitParas)) % len(m.hitParas)
	p := m.hitParas[m.hit]
	m.scrollToPara(p)
	if t := m.pthread[p]; t > 0 && !m.focus && t != m.cur {
		m.cur = t
		m.layout()
	}
	return status(fmt.Sprintf("hit %d of %d", m.hit+1, len(m.hitParas)), false)
}

func (m *Model) scrollToThread(n int) {
	t := m.thread(n)
	if t == nil {
		return
	}
	for _, p := range t.paras {
		if _, ok := m.paraStart[p]; ok {
			m.scrollToPara(p)
			return
		}
	}
}

// scrollToPara puts paragraph p at the top of the view, even near the
// end of the story (the view may then scroll past the end until the user
// scrolls back up).
func (m *Model) scrollToPara(p int) {
	if l, ok := m.paraStart[p]; ok {
		m.offset = l
		m.jumpMax = l
		m.clamp()
	}
}

// Scroll moves the view by d lines; the current thread follows the
// paragraph at the top (outside focus mode).
func (m *Model) Scroll(d int) {
	m.offset += d
	m.clamp()
	if m.focus || len(m.lineThr) == 0 {
		return
	}
	if t := m.lineThr[min(m.offset, len(m.lineThr)-1)]; t > 0 && t != m.cur {
		m.cur = t
		m.layout()
	}
}

func (m *Model) bodyHeight() int { return max(m.height-len(m.header), 1) }

func (m *Model) clamp() {
	limit := max(len(m.lines)-m.bodyHeight(), 0)
	if m.jumpMax > limit {
		if m.offset <= limit {
			m.jumpMax = 0
		} else {
			limit = min(m.jumpMax, len(m.lines)-1)
		}
	}
	m.offset = max(min(m.offset, limit), 0)
}

// Click makes the thread of the paragraph at content row y current.
func (m *Model) Click(y int) {
	i := y - len(m.header) + m.offset
	if y < len(m.header) || i < 0 || i >= len(m.lineThr) {
		return
	}
	if t := m.lineThr[i]; t > 0 && t != m.cur && !m.focus {
		m.cur = t
		m.layout()
	}
}
