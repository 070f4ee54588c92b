package tui

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// sgr matches one SGR sequence, the only escape the TUI may emit.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// unsafe reports the first byte sequence of out that could drive a
// terminal: an escape other than SGR, a C0 control other than newline, a
// C1 control or a bidi control.
func unsafe(out string) string {
	rest := sgr.ReplaceAllString(out, "")
	for i, r := range rest {
		switch {
		case r == '\n':
		case r < 0x20 || r == 0x7f:
			return rest[max(i-10, 0):min(i+10, len(rest))]
		case r >= 0x80 && r < 0xa0:
			return rest[max(i-10, 0):min(i+10, len(rest))]
		case (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069):
			return rest[max(i-10, 0):min(i+10, len(rest))]
		case unicode.Is(unicode.Cc, r):
			return rest[max(i-10, 0):min(i+10, len(rest))]
		}
	}
	return ""
}

// TestTerminalSafety renders the hostile story (OSC title set, screen
// clear, C1 CSI, bidi overrides, hyperlinks) through every pane and view,
// in colour and plain, and checks nothing but SGR styling gets out (and in
// the plain profile nothing at all).
func TestTerminalSafety(t *testing.T) {
	views := []struct {
		name string
		keys func(h *harness)
	}{
		{"reader", func(h *harness) {}},
		{"furniture", func(h *harness) { h.keys("b") }},
		{"focus", func(h *harness) { h.keys("f") }},
		{"actors", func(h *harness) { h.keys("a") }},
		{"related", func(h *harness) { h.keys("tab", "tab") }},
		{"related_list", func(h *harness) { h.keys("r") }},
		{"timeline", func(h *harness) { h.keys("s") }},
		{"help", func(h *harness) { h.keys("?") }},
		{"list", func(h *harness) { h.keys("l") }},
		{"search", func(h *harness) { h.keys("/"); h.typeText("harmless") }},
		{"search_opened", func(h *harness) { h.keys("/"); h.typeText("harmless"); h.keys("enter") }},
		{"actor_search", func(h *harness) { h.keys("a", "enter") }},
		{"url", func(h *harness) { h.keys("y") }},
	}
	for _, noColor := range []bool{false, true} {
		for _, sz := range sizes {
			for _, v := range views {
				name := v.name
				if noColor {
					name += "_plain"
				}
				t.Run(name, func(t *testing.T) {
					t.Setenv("NO_COLOR", "")
					h := newHarness(t, sz[0], sz[1], Options{NoColor: noColor})
					h.open(hostile, "")
					v.keys(h)
					out := h.m.Render()
					if bad := unsafe(out); bad != "" {
						t.Fatalf("unsafe sequence near %q", bad)
					}
					if strings.Contains(out, "pwned") || strings.Contains(out, "\u202e") {
						t.Fatal("hostile payload reached the screen")
					}
					if plain := h.plain(); strings.ContainsRune(plain, 0x1b) {
						t.Fatalf("escape in the plain profile: %q", plain)
					}
				})
			}
		}
	}
}

func TestUnsafeDetects(t *testing.T) {
	for _, s := range []string{"a\x1b]0;x\x07", "\x1b[2J", "a\u009b2J", "\u202eevil", "bell\x07"} {
		if unsafe(s) == "" {
			t.Errorf("unsafe(%q) found nothing", s)
		}
	}
	if unsafe("\x1b[1;38;2;1;2;3mok\x1b[m\n") != "" {
		t.Error("SGR flagged")
	}
}
