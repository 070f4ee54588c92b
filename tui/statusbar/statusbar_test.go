package statusbar

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
	"github.com/storyline/storyline/tui/keys"
	"github.com/storyline/storyline/tui/styles"
)

func demoBar(width int, msg string) *Model {
	c := &common.Common{Keys: keys.Default(), Styles: styles.New(styles.Theme{NoColor: true})}
	m := New(c, archive.Info{Demo: true, Note: demoNote})
	m.SetWidth(width)
	m.SetMode("READER")
	m.SetCounts(
		Part{Text: "52 stories", Keep: KeepTotal},
		Part{Text: "thread 1/4", Keep: KeepThread},
		Part{Text: "2 hits", Keep: KeepHits},
		Part{Text: "59%", Keep: KeepScroll},
	)
	k := c.Keys
	m.SetHints([]key.Binding{k.NextThread, k.Focus, k.Help})
	if msg != "" {
		m.Message(msg, false)
	}
	return m
}

// The demo's bar as the terminal narrows: key hints go first (but ? help),
// then the scroll position, the story count, the hits; the demo's note
// then shrinks to "demo" and the counts that fit come back; then ? help;
// nothing is ever cut mid-word but at the very end.
func TestViewDegrades(t *testing.T) {
	tests := []struct {
		width int
		msg   string
		want  string
	}{
		{130, "", " READER  demo · yours: storyline import PATH · 52 stories · thread 1/4 · 2 hits · 59%          t next thread  f focus mode  ? help"},
		{120, "", " READER  demo · yours: storyline import PATH · 52 stories · thread 1/4 · 2 hits · 59%              t next thread  ? help"},
		{100, "", " READER  demo · yours: storyline import PATH · 52 stories · thread 1/4 · 2 hits · 59%         ? help"},
		{90, "", " READER  demo · yours: storyline import PATH · 52 stories · thread 1/4 · 2 hits     ? help"},
		{80, "", " READER  demo · yours: storyline import PATH · thread 1/4 · 2 hits        ? help"},
		{60, "", " READER  demo · yours: storyline import PATH          ? help"},
		{50, "", " READER  demo · thread 1/4 · 2 hits         ? help"},
		{40, "", " READER  demo · thread 1/4        ? help"},
		{34, "", " READER  demo · thread 1/4  ? help"},
		{28, "", " READER  demo         ? help"},
		{20, "", " READER  demo"},
		{12, "", " READER  de…"},
		{40, "copied https://example.org/a (OSC 52)", " READER  copied https://example…  ? help"},
		{60, "copied https://example.org/a (OSC 52)", " READER  copied https://example.org/a (OSC 52)        ? help"},
	}
	for _, tt := range tests {
		got := ansi.Strip(demoBar(tt.width, tt.msg).View())
		if w := ansi.StringWidth(got); w > tt.width {
			t.Errorf("width %d: bar is %d cells wide", tt.width, w)
		}
		if strings.TrimRight(got, " ") != strings.TrimRight(tt.want, " ") {
			t.Errorf("width %d:\n got %q\nwant %q", tt.width, got, tt.want)
		}
	}
}
