package sanitize

import "strings"

// Text returns s with every terminal control sequence and control
// character removed (newline kept, tab turned into a space). Placeholder.
func Text(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' {
			return r
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return -1
		}
		return r
	}, s)
}

// Line is Text for single-line fields (titles, names, URLs): newlines and
// runs of white space become single spaces.
func Line(s string) string {
	return strings.Join(strings.Fields(Text(s)), " ")
}
