package statusbar

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
)

// Model is the status bar.
type Model struct {
	c     *common.Common
	width int

	info   archive.Info
	mode   string
	counts string
	msg    string
	err    bool
	hints  []key.Binding
}

// New returns a status bar for an archive.
func New(c *common.Common, info archive.Info) *Model { return &Model{c: c, info: info} }

// SetInfo replaces the archive's description (after it was opened again).
func (m *Model) SetInfo(info archive.Info) { m.info = info }

// Info is the archive's description shown.
func (m *Model) Info() archive.Info { return m.info }

// SetNote replaces the archive's note, shown when there is no message.
func (m *Model) SetNote(note string) { m.info.Note = note }

// SetWidth sets the bar's width.
func (m *Model) SetWidth(w int) { m.width = w }

// SetMode names the focused pane or view.
func (m *Model) SetMode(s string) { m.mode = s }

// SetCounts sets the counts part (stories, hits, thread position).
func (m *Model) SetCounts(s string) { m.counts = s }

// SetHints sets the key hints shown on the right.
func (m *Model) SetHints(b []key.Binding) { m.hints = b }

// Message shows a transient message (err for errors) until Clear.
func (m *Model) Message(s string, err bool) { m.msg, m.err = common.Line(s), err }

// Clear removes the message.
func (m *Model) Clear() { m.msg, m.err = "", false }

// MessageText returns the current message.
func (m *Model) MessageText() string { return m.msg }

// View renders the bar at its width.
func (m *Model) View() string {
	s := m.c.Styles
	left := s.StatusMode.Render(m.mode) + " "
	var mid string
	switch {
	case m.msg != "" && m.err:
		mid = s.StatusError.Render("⚠ " + m.msg)
	case m.msg != "":
		mid = s.StatusInfo.Render(m.msg)
	default:
		// The note (how to leave the demo) comes first so a narrow
		// terminal never cuts it.
		var parts []string
		if n := common.Line(m.info.Note); n != "" {
			parts = append(parts, n)
		} else if m.info.Demo {
			parts = append(parts, "demo · yours: storyline import PATH")
		}
		if m.counts != "" {
			parts = append(parts, m.counts)
		}
		mid = s.StatusInfo.Render(strings.Join(parts, " · "))
	}
	var hs []string
	for _, b := range m.hints {
		if !b.Enabled() {
			continue
		}
		h := b.Help()
		hs = append(hs, s.StatusKey.Render(h.Key)+" "+s.StatusInfo.Render(h.Desc))
	}
	// Key hints give way, last first, until the middle (counts, the demo
	// note, messages) fits; ? always lists every key.
	lw, mw := ansi.StringWidth(left), ansi.StringWidth(mid)
	right := strings.Join(hs, "  ")
	for len(hs) > 1 && m.width-lw-ansi.StringWidth(right)-2 < mw {
		hs = append(hs[:len(hs)-2], hs[len(hs)-1]) // keep the last hint (help)
		right = strings.Join(hs, "  ")
	}
	rw := ansi.StringWidth(right)
	room := m.width - lw - rw - 2
	if room < 20 {
		right, rw = "", 0
		room = m.width - lw
	}
	mid = common.Fit(mid, max(room, 0))
	out := left + mid
	if rw > 0 {
		out += "  " + right
	}
	return common.Clip(out, m.width)
}
