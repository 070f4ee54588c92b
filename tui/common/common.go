package common

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/tui/keys"
	"github.com/storyline/storyline/tui/styles"
)

// Common is shared by every pane, by pointer: the root updates it on theme
// changes and panes read it when they render.
type Common struct {
	Backend Backend
	Styles  *styles.Styles
	Keys    *keys.KeyMap
}

// Component is what every pane implements (soft-serve's pattern): a model
// with a string View, a size set by the root, and its key help.
type Component interface {
	Update(tea.Msg) tea.Cmd
	View() string
	SetSize(width, height int) tea.Cmd
	ShortHelp() []key.Binding
}
