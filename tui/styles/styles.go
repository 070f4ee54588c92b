package styles

import (
	"charm.land/lipgloss/v2"
)

// Theme selects the palette.
type Theme struct {
	// Dark is true for a dark terminal background.
	Dark bool
	// NoColor drops every colour (NO_COLOR, plain output); emphasis is
	// then carried by bold, faint, underline and reverse.
	NoColor bool
}

// PaneStyles are the frame styles of a pane, focused or not: the border
// glyphs, the style they are drawn in, and the title style.
type PaneStyles struct {
	Border, FocusedBorder lipgloss.Border
	Edge, FocusedEdge     lipgloss.Style
	Title, FocusedTitle   lipgloss.Style
}

// Styles are every style the TUI renders with. View code uses these and
// never builds styles of its own.
type Styles struct {
	Theme   Theme
	Palette Palette

	Pane PaneStyles

	Text, Dim, Faint, Bold, Error, Accent lipgloss.Style
	// Title is a story title; Date a date or other metadata.
	Title, Date lipgloss.Style
	// Selected marks the selected row of a list; SelectedBar its left bar.
	Selected, SelectedBar, Unselected lipgloss.Style
	// Highlight marks search matches.
	Highlight lipgloss.Style
	// Heading is a group heading (People, Organisations, …).
	Heading lipgloss.Style
	// Emph is an actor of the current thread; Muted any other.
	Emph, Muted lipgloss.Style
	// Boilerplate is page furniture shown on request.
	Boilerplate lipgloss.Style
	// Input is the search prompt.
	Prompt lipgloss.Style

	// Status bar parts.
	StatusBar, StatusKey, StatusInfo, StatusError, StatusMode lipgloss.Style

	// Overlay frames help, related list and timeline views.
	Overlay lipgloss.Style

	// threads: per colour, the normal and current gutter styles.
	threads, threadsCurrent []lipgloss.Style
}

// New builds the styles of a theme.
func New(t Theme) *Styles {
	p := NewPalette(t.Dark)
	if t.NoColor {
		p = NoColorPalette()
	}
	s := &Styles{Theme: t, Palette: p}
	base := lipgloss.NewStyle()
	s.Pane = PaneStyles{
		Border:        lipgloss.RoundedBorder(),
		FocusedBorder: lipgloss.ThickBorder(),
		Edge:          base.Foreground(p.Border),
		FocusedEdge:   base.Foreground(p.Focus),
		Title:         base.Foreground(p.Dim).Bold(true),
		FocusedTitle:  base.Foreground(p.Focus).Bold(true),
	}
	s.Text = base.Foreground(p.Text)
	s.Dim = base.Foreground(p.Dim)
	s.Faint = base.Foreground(p.Faint).Faint(t.NoColor)
	s.Bold = base.Bold(true)
	s.Error = base.Foreground(p.Error).Bold(true)
	s.Accent = base.Foreground(p.Accent)
	s.Title = base.Foreground(p.Text).Bold(true)
	s.Date = base.Foreground(p.Dim)
	s.Selected = base.Foreground(p.Accent).Bold(true)
	s.SelectedBar = base.Foreground(p.Focus)
	s.Unselected = base.Foreground(p.Text)
	s.Highlight = base.Background(p.Highlight).Foreground(p.HighlightText).Bold(true)
	if t.NoColor {
		s.Highlight = base.Underline(true).Bold(true)
	}
	s.Heading = base.Foreground(p.Accent).Bold(true)
	s.Emph = base.Foreground(p.Text).Bold(true)
	s.Muted = base.Foreground(p.Faint)
	s.Boilerplate = base.Foreground(p.Faint).Faint(true)
	s.Prompt = base.Foreground(p.Accent).Bold(true)
	s.StatusBar = base.Foreground(p.Dim)
	s.StatusKey = base.Foreground(p.Accent).Bold(true)
	s.StatusInfo = base.Foreground(p.Dim)
	s.StatusError = base.Foreground(p.Error).Bold(true)
	s.StatusMode = base.Foreground(p.Focus).Bold(true).Reverse(true).Padding(0, 1)
	s.Overlay = base.Border(lipgloss.RoundedBorder()).BorderForeground(p.Focus).Padding(0, 1)
	for _, c := range p.Threads {
		s.threads = append(s.threads, base.Foreground(c))
		s.threadsCurrent = append(s.threadsCurrent, base.Foreground(c).Bold(true))
	}
	return s
}

// Thread returns the style of thread n (1-based); current threads are
// bold. n < 1 (no thread) gets the faint style.
func (s *Styles) Thread(n int, current bool) lipgloss.Style {
	if n < 1 {
		return s.Faint
	}
	i := (n - 1) % len(s.threads)
	if current {
		return s.threadsCurrent[i]
	}
	return s.threads[i]
}
