// Package lower lower-cases words into a caller's buffer, so that hot
// paths can look a word up in a map of lower-case words (with a string
// conversion the compiler does in place) without a new string per word.
package lower

import (
	"strings"
	"unicode/utf8"
)

// Append appends strings.ToLower(s) to dst, without allocating when s is
// ASCII and dst has room.
func Append(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(dst, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
