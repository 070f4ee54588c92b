package common

import (
	"reflect"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestMarked(t *testing.T) {
	plain := lipgloss.NewStyle()
	hl := lipgloss.NewStyle().Bold(true)
	tests := []struct {
		frag, want string
	}{
		{"no marks", "no marks"},
		{"the \x02bridge\x03 levy", "the \x1b[1mbridge\x1b[m levy"},
		{"\x02a\x03 and \x02b\x03", "\x1b[1ma\x1b[m and \x1b[1mb\x1b[m"},
		{"evil \x1b]0;pwned\x07\x02hit\x03", "evil \x1b[1mhit\x1b[m"},
		{"unclosed \x02mark", "unclosed \x1b[1mmark\x1b[m"},
	}
	for _, tt := range tests {
		if got := Marked(tt.frag, plain, hl); got != tt.want {
			t.Errorf("Marked(%q) = %q, want %q", tt.frag, got, tt.want)
		}
	}
}

func TestMarkedTerms(t *testing.T) {
	got := MarkedTerms([]string{"a \x02Bridge\x03 b \x02levy\x03", "\x02bridge\x03 \x02\x1b[2J\x03"})
	if want := []string{"bridge", "levy"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCleanTerms(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"lower-cased, repeats dropped", []string{"Levy", "levy", "bridge"}, []string{"levy", "bridge"}},
		{"escape sequences stripped", []string{"\x1b[2Jflood", "\x1b[31m"}, []string{"flood"}},
		{"nothing", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CleanTerms(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("CleanTerms(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFitAndThreadNum(t *testing.T) {
	if got := Fit("abcdef", 4); got != "abc…" {
		t.Errorf("Fit cut = %q", got)
	}
	if got := Fit("ab", 4); got != "ab  " {
		t.Errorf("Fit pad = %q", got)
	}
	for id, want := range map[string]int{"abc#3": 3, "abc#12": 12, "abc": 0, "a#x": 0} {
		if got := ThreadNum(id); got != want {
			t.Errorf("ThreadNum(%q) = %d", id, got)
		}
	}
	if strings.Contains(Line("a\x1b[2Jb"), "\x1b") {
		t.Error("Line kept an escape")
	}
}

func TestCenterMark(t *testing.T) {
	tests := []struct {
		frag string
		keep int
		want string
	}{
		{"short \x02hit\x03", 10, "short \x02hit\x03"},
		{"one two three four five \x02hit\x03 after", 10, "…four five \x02hit\x03 after"},
		{"no mark at all", 3, "no mark at all"},
	}
	for _, tt := range tests {
		if got := CenterMark(tt.frag, tt.keep); got != tt.want {
			t.Errorf("CenterMark(%q, %d) = %q, want %q", tt.frag, tt.keep, got, tt.want)
		}
	}
}

func TestWindow(t *testing.T) {
	tests := []struct {
		cursor, offset, n, vis int
		wantCursor, wantOffset int
	}{
		{0, 0, 10, 4, 0, 0},
		{5, 0, 10, 4, 5, 2},  // scrolls down just enough
		{1, 5, 10, 4, 1, 1},  // scrolls up to the cursor
		{12, 0, 10, 4, 9, 6}, // cursor clamped to the last row
		{-3, 2, 10, 4, 0, 0},
		{2, 0, 3, 5, 2, 0}, // fewer rows than the window
		{0, 0, 0, 4, 0, 0}, // no rows
	}
	for _, tt := range tests {
		c, o := Window(tt.cursor, tt.offset, tt.n, tt.vis)
		if c != tt.wantCursor || o != tt.wantOffset {
			t.Errorf("Window(%d, %d, %d, %d) = %d, %d; want %d, %d", tt.cursor, tt.offset, tt.n, tt.vis, c, o, tt.wantCursor, tt.wantOffset)
		}
	}
}

// TestTextEmojiWidths: after Text, a terminal that clusters graphemes and
// one that does not (tmux) agree on how wide each string is, so panes
// measured with lipgloss keep their borders in place.
func TestTextEmojiWidths(t *testing.T) {
	tests := []struct{ in, want string }{
		{"family 👩\u200d👩\u200d👧 here", "family 👩👩👧 here"},
		{"love ❤\ufe0f", "love ❤"},
		{"thumbs 👍🏽", "thumbs 👍"},
		{"key 1\ufe0f\u20e3", "key 1"},
		{"flag 🇬🇧", "flag 🇬🇧"},
		{"wide 漢字", "wide 漢字"},
		{"bell\x07 and \x1b[31mred", "bell and red"},
		{"plain text", "plain text"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := Text(tt.in)
			if got != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if g, w := ansi.StringWidth(got), ansi.StringWidthWc(got); g != w {
				t.Errorf("%q: %d cells by graphemes, %d by code points", got, g, w)
			}
			if l := Line(tt.in); l != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, l, tt.want)
			}
		})
	}
}
