package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordShape maps letters to X/x, digits to d and keeps other characters.
// The short shape collapses repeats ("Xx" for "London"); the long one keeps
// up to three repeats ("Xxxx").
func wordShape(w string) (short, long string) {
	var sb, lb [48]byte
	s, l := sb[:0], lb[:0]
	var prev byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case r >= 'a' && r <= 'z':
			c = 'x'
		case r >= 'A' && r <= 'Z':
			c = 'X'
		case r >= '0' && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '*'
		}
		if c == prev {
			run++
		} else {
			run = 1
		}
		if run == 1 && len(s) < cap(s) {
			s = append(s, c)
		}
		if run <= 3 && len(l) < cap(l) {
			l = append(l, c)
		}
		prev = c
	}
	return string(s), string(l)
}

// normWord lowercases w and maps every digit to 0.
func normWord(w string) string {
	low := strings.ToLower(w)
	if !strings.ContainsAny(low, "0123456789") {
		return low
	}
	b := []byte(low)
	for i, c := range b {
		if c >= '1' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

// isCap reports whether w starts with an upper-case letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// hasLower reports whether w contains a lower-case letter.
func hasLower(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// hasLetter reports whether w contains a letter.
func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// normalizeToken maps typographic quotes and dashes to their ASCII forms so
// that the model sees text the way its training data spelt it.
func normalizeToken(w string) string {
	if isASCII(w) {
		return w
	}
	return typoReplacer.Replace(w)
}

var typoReplacer = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201c", "\"", "\u201d", "\"",
	"\u2013", "-", "\u2014", "--", "\u00a0", " ", "\u2026", "...",
)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
