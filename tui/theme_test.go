package tui

import (
	"image/color"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/tui/internal/fake"
)

func TestTheme(t *testing.T) {
	white := tea.BackgroundColorMsg{Color: color.White}
	black := tea.BackgroundColorMsg{Color: color.Black}
	tests := []struct {
		name     string
		opts     Options
		noColor  string
		msg      tea.Msg
		wantDark bool
		wantNone bool
	}{
		{"auto light terminal", Options{}, "", white, false, false},
		{"auto dark terminal", Options{}, "", black, true, false},
		{"forced dark ignores terminal", Options{Theme: "dark"}, "", white, true, false},
		{"forced light", Options{Theme: "light"}, "", black, false, false},
		{"NO_COLOR", Options{}, "1", white, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("NO_COLOR", tt.noColor)
			m := New(fake.New(), tt.opts)
			m.Update(tt.msg)
			th := m.c.Styles.Theme
			if th.Dark != tt.wantDark || th.NoColor != tt.wantNone {
				t.Errorf("theme %+v, want dark=%v nocolor=%v", th, tt.wantDark, tt.wantNone)
			}
		})
	}
}
