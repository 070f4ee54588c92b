package sanitize

import (
	"strings"
	"unicode/utf8"
)

// Control characters with a meaning in escape sequences.
const (
	esc = 0x1b
	bel = 0x07
	// The C1 forms of the sequence introducers and terminator, as runes
	// (a terminal in UTF-8 mode may act on U+009B as on ESC [).
	c1DCS = 0x90
	c1SOS = 0x98
	c1ST  = 0x9c
	c1OSC = 0x9d
	c1PM  = 0x9e
	c1APC = 0x9f
	c1CSI = 0x9b
	c1NEL = 0x85
)

// Text returns s made safe to print on a terminal:
//
//   - escape sequences are removed whole: CSI (ESC [ … final, or U+009B …),
//     OSC (ESC ] … BEL or ST), DCS, SOS, PM and APC strings (ESC P, X, ^, _
//     … ST, or their C1 forms) and two- or three-character escapes (ESC 7,
//     ESC ( B); an introducer whose string is never terminated is dropped
//     alone and the text after it kept;
//   - other C0 controls, DEL and C1 controls are removed, except that "\n"
//     stays, "\r\n" and a lone "\r" (and NEL, U+2028, U+2029) become "\n"
//     and a tab becomes one space;
//   - bidirectional embeddings, overrides and isolates (U+202A–U+202E,
//     U+2066–U+2069), which can make text display in a different order
//     from the bytes, are removed;
//   - invalid UTF-8 is replaced by U+FFFD.
//
// Printable text, including zero-width joiners and other format
// characters that do not reorder text, is kept unchanged.
func Text(s string) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			b.WriteByte(c)
			i++
			continue
		}
		if c < utf8.RuneSelf {
			i = control(&b, s, i)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
			i++
		case r >= 0x80 && r < 0xa0:
			i = c1(&b, s, i, r, size)
		case r == 0x2028 || r == 0x2029:
			b.WriteByte('\n')
			i += size
		case isBidi(r):
			i += size
		default:
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// Line is Text for single-line fields (titles, names, URLs): newlines and
// runs of white space become single spaces, and leading and trailing space
// is removed.
func Line(s string) string {
	return strings.Join(strings.Fields(Text(s)), " ")
}

// clean reports whether s needs no change: it is valid UTF-8 with no
// control, C1 or bidi characters and no carriage return or tab.
func clean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029 || isBidi(r) {
			return false
		}
		i += size
	}
	return true
}

// isBidi reports whether r is an explicit bidi embedding, override or
// isolate control.
func isBidi(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// control handles the ASCII control (or DEL) at s[i] and returns the index
// just past what it consumed.
func control(b *strings.Builder, s string, i int) int {
	switch s[i] {
	case '\n':
		b.WriteByte('\n')
		return i + 1
	case '\r':
		b.WriteByte('\n')
		if i+1 < len(s) && s[i+1] == '\n' {
			return i + 2
		}
		return i + 1
	case '\t':
		b.WriteByte(' ')
		return i + 1
	case esc:
		return escape(s, i)
	default: // other C0 controls and DEL
		return i + 1
	}
}

// escape skips the escape sequence starting with ESC at s[i].
func escape(s string, i int) int {
	if i+1 >= len(s) {
		return i + 1
	}
	switch c := s[i+1]; {
	case c == '[':
		return csi(s, i+2)
	case c == ']':
		return stringSeq(s, i+2, true)
	case c == 'P' || c == 'X' || c == '^' || c == '_':
		return stringSeq(s, i+2, false)
	case c >= 0x20 && c <= 0x2f:
		// ESC, intermediates, one final byte (e.g. ESC ( B).
		j := i + 1
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
			return j + 1
		}
		return j
	case c >= 0x30 && c <= 0x7e:
		// Two-character escape (ESC 7, ESC c, ESC \ …).
		return i + 2
	default:
		// ESC before something that is no sequence: drop the ESC alone.
		return i + 1
	}
}

// c1 handles the C1 control r (encoded in size bytes) at s[i].
func c1(b *strings.Builder, s string, i int, r rune, size int) int {
	switch r {
	case c1CSI:
		return csi(s, i+size)
	case c1OSC:
		return stringSeq(s, i+size, true)
	case c1DCS, c1SOS, c1PM, c1APC:
		return stringSeq(s, i+size, false)
	case c1NEL:
		b.WriteByte('\n')
	}
	return i + size
}

// csi skips the parameter, intermediate and final bytes of a control
// sequence whose body starts at j. A sequence broken off by a byte that
// cannot belong to it ends there; the byte is then handled as text.
func csi(s string, j int) int {
	for j < len(s) && s[j] >= 0x30 && s[j] <= 0x3f {
		j++
	}
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++
	}
	if j < len(s) && s[j] >= 0x40 && s[j] <= 0x7e {
		return j + 1
	}
	return j
}

// stringSeq skips a control string (OSC, DCS, SOS, PM, APC) whose body
// starts at j: it ends at ST
// (ESC \ or U+009C) or, for OSC, also at BEL. When the string is never
// terminated only the introducer is dropped.
func stringSeq(s string, j int, osc bool) int {
	for k := j; k < len(s); k++ {
		switch s[k] {
		case bel:
			if osc {
				return k + 1
			}
		case esc:
			if k+1 < len(s) && s[k+1] == '\\' {
				return k + 2
			}
		case 0xc2: // first byte of U+009C in UTF-8
			if k+1 < len(s) && s[k+1] == 0x9c {
				return k + 2
			}
		}
	}
	return j
}
