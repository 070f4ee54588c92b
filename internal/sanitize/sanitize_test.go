package sanitize

import (
	"testing"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Hello, world.\nSecond line", "Hello, world.\nSecond line"},
		{"unicode kept", "Café £5 — “quoted” 北京 a\u200db", "Café £5 — “quoted” 北京 a\u200db"},
		{"tab to space", "a\tb", "a b"},
		{"crlf", "a\r\nb\rc", "a\nb\nc"},
		{"bell and backspace", "a\x07b\x08c", "abc"},
		{"del", "a\x7fb", "ab"},
		{"csi colour", "\x1b[31mred\x1b[0m", "red"},
		{"csi private", "x\x1b[?1049hy", "xy"},
		{"csi clear screen", "\x1b[2J\x1b[Htext", "text"},
		{"osc title bel", "\x1b]0;evil title\x07after", "after"},
		{"osc hyperlink st", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"osc 52 clipboard", "a\x1b]52;c;ZXZpbA==\x07b", "ab"},
		{"dcs", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"apc", "a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"pm and sos", "a\x1b^x\x1b\\b\x1bXy\x1b\\c", "abc"},
		{"two char escape", "a\x1b7b\x1b8c\x1bcd", "abcd"},
		{"charset escape", "a\x1b(Bb", "ab"},
		{"lone esc at end", "abc\x1b", "abc"},
		{"unterminated osc keeps text", "a\x1b]0;title", "a0;title"},
		{"c1 csi rune", "a\u009b31mb", "ab"},
		{"c1 osc rune", "a\u009d0;t\u009cb", "ab"},
		{"c1 other", "a\u0080\u0099b", "ab"},
		{"nel", "a\u0085b", "a\nb"},
		{"raw 8-bit csi byte", "a\x9b31mb", "a\ufffd31mb"},
		{"invalid utf8", "a\xff\xfeb", "a\ufffd\ufffdb"},
		{"bidi override", "abc\u202eevil\u202c", "abcevil"},
		{"bidi isolates", "\u2066x\u2069\u2067y\u2068", "xy"},
		{"line separators", "a\u2028b\u2029c", "a\nb\nc"},
		{"nul", "a\x00b", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text(tt.in); got != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLine(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"collapse", "  A\n title\t here  ", "A title here"},
		{"escape in title", "Big \x1b[1mnews\x1b[0m\r\n today", "Big news today"},
		{"empty", "\x1b[0m \n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// checkSafe reports what, if anything, makes out unsafe for a terminal.
func checkSafe(out string) string {
	if !utf8.ValidString(out) {
		return "invalid UTF-8"
	}
	for _, r := range out {
		switch {
		case r < 0x20 && r != '\n':
			return "C0 control"
		case r == 0x7f:
			return "DEL"
		case r >= 0x80 && r < 0xa0:
			return "C1 control"
		case isBidi(r):
			return "bidi control"
		}
	}
	return ""
}

func FuzzText(f *testing.F) {
	for _, s := range []string{
		"plain text", "\x1b[31mred\x1b[0m", "\x1b]0;t\x07", "\x1bPq\x1b\\", "\u009b1m",
		"\u202eabc", "\xff\xfe", "a\r\nb\tc", "\x1b]8;;u\x1b\\l\x1b]8;;\x1b\\", "\x1b(B",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		if why := checkSafe(out); why != "" {
			t.Fatalf("Text(%q) = %q contains %s", s, out, why)
		}
		if len(out) > 3*len(s) {
			t.Fatalf("Text(%q) grew to %d bytes", s, len(out))
		}
		if again := Text(out); again != out {
			t.Fatalf("Text not idempotent: %q -> %q -> %q", s, out, again)
		}
		line := Line(s)
		if why := checkSafe(line); why != "" {
			t.Fatalf("Line(%q) = %q contains %s", s, line, why)
		}
		for _, r := range line {
			if r == '\n' {
				t.Fatalf("Line(%q) = %q contains a newline", s, line)
			}
		}
	})
}

func BenchmarkText(b *testing.B) {
	s := "An ordinary paragraph of article text, with “quotes” and £ signs, repeated. "
	for range 6 {
		s += s
	}
	dirty := s + "\x1b[31m" + s
	b.SetBytes(int64(len(s) + len(dirty)))
	for b.Loop() {
		Text(s)
		Text(dirty)
	}
}
