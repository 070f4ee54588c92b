package statusbar

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
)

// Part is one piece of the bar's counts (stories, the reader's thread,
// hits, scroll). A bar too narrow for every part drops them in order of
// Keep, lowest first; the others keep their order.
type Part struct {
	Text string
	Keep int
}

// How long each kind of count stays as the bar narrows (higher: longer).
const (
	KeepTook   = 1 + iota // how long a search took
	KeepScroll            // how far down the reader is
	KeepTotal             // stories listed
	KeepHits              // search hits in the story read
	KeepThread            // the thread read, of how many
	KeepList              // stories listed or found, while the list has focus
)

// demoNote and demoShort are the demo's note, and what of it a narrow bar
// keeps: that this is the demo.
const (
	demoNote  = "demo · yours: storyline import PATH"
	demoShort = "demo"
)

// Model is the status bar.
type Model struct {
	c     *common.Common
	width int

	info  archive.Info
	mode  string
	parts []Part
	msg   string
	err   bool
	hints []key.Binding
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

// SetCounts sets the counts (stories, hits, thread position), in the
// order shown; empty parts are left out.
func (m *Model) SetCounts(parts ...Part) {
	m.parts = m.parts[:0]
	for _, p := range parts {
		if p.Text != "" {
			m.parts = append(m.parts, p)
		}
	}
}

// SetHints sets the key hints shown on the right.
func (m *Model) SetHints(b []key.Binding) { m.hints = b }

// Message shows a transient message (err for errors) until Clear.
func (m *Model) Message(s string, err bool) { m.msg, m.err = common.Line(s), err }

// Clear removes the message.
func (m *Model) Clear() { m.msg, m.err = "", false }

// MessageText returns the current message.
func (m *Model) MessageText() string { return m.msg }

// notes returns the archive's note in the forms a bar may show, the
// longest first (none: no note).
func (m *Model) notes() []string {
	n := common.Line(m.info.Note)
	if n == "" && m.info.Demo {
		n = demoNote
	}
	switch {
	case n == "":
		return []string{""}
	case m.info.Demo && n == demoNote:
		return []string{n, demoShort}
	}
	return []string{n}
}

// counts joins the parts whose Keep is at least keep.
func (m *Model) counts(keep int) string {
	var out []string
	for _, p := range m.parts {
		if p.Keep >= keep {
			out = append(out, common.Line(p.Text))
		}
	}
	return strings.Join(out, " · ")
}

// keeps returns the distinct Keep levels of the parts, lowest first, with
// one above them all (no part kept).
func (m *Model) keeps() []int {
	var ks []int
	for _, p := range m.parts {
		if !slices.Contains(ks, p.Keep) {
			ks = append(ks, p.Keep)
		}
	}
	slices.Sort(ks)
	top := 0
	if len(ks) > 0 {
		top = ks[len(ks)-1]
	}
	return append(ks, top+1)
}

// View renders the bar at its width.
//
// Without a message, what gives way as the bar narrows, first to last:
// the key hints but the last (? help), from the end; the counts, by their
// Keep (the scroll position, the stories, the hits, the thread); then the
// demo's note shrinks to "demo" and the counts that now fit come back;
// then ? help goes, and what is left is clipped.
func (m *Model) View() string {
	s := m.c.Styles
	left := s.StatusMode.Render(m.mode) + " "
	var hs []string
	for _, b := range m.hints {
		if !b.Enabled() {
			continue
		}
		h := b.Help()
		hs = append(hs, s.StatusKey.Render(h.Key)+" "+s.StatusInfo.Render(h.Desc))
	}
	if m.msg != "" {
		mid := s.StatusInfo.Render(m.msg)
		if m.err {
			mid = s.StatusError.Render("⚠ " + m.msg)
		}
		return m.layout(left, mid, hs)
	}
	notes, keeps := m.notes(), m.keeps()
	for _, help := range []bool{true, false} {
		for _, note := range notes {
			for i, keep := range keeps {
				var parts []string
				if note != "" {
					parts = append(parts, note)
				}
				if c := m.counts(keep); c != "" {
					parts = append(parts, c)
				}
				mid := s.StatusInfo.Render(strings.Join(parts, " · "))
				// Hints give way before the counts do: once a count
				// has gone, ? help alone is left.
				var try []string
				if help && len(hs) > 0 {
					try = hs
					if i > 0 {
						try = hs[len(hs)-1:]
					}
				}
				need := ansi.StringWidth(left) + ansi.StringWidth(mid)
				if len(try) > 0 {
					need += 2 + ansi.StringWidth(try[len(try)-1])
				}
				if need <= m.width {
					return m.layout(left, mid, try)
				}
			}
		}
	}
	return m.layout(left, s.StatusInfo.Render(notes[len(notes)-1]), nil)
}

// layout renders left, mid and as many of the hints hs as fit beside mid,
// dropping them from the end but for the last (? help), and that one too
// when mid would be clipped to under 20 cells; mid is clipped to the room
// left.
func (m *Model) layout(left, mid string, hs []string) string {
	lw, mw := ansi.StringWidth(left), ansi.StringWidth(mid)
	right := strings.Join(hs, "  ")
	for len(hs) > 1 && m.width-lw-ansi.StringWidth(right)-2 < mw {
		hs = append(hs[:len(hs)-2], hs[len(hs)-1]) // keep the last hint (help)
		right = strings.Join(hs, "  ")
	}
	rw := ansi.StringWidth(right)
	room := m.width - lw - rw - 2
	if rw == 0 || room < mw && room < 20 {
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
