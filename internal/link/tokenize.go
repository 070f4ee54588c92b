package link

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of the text.
type token struct {
	surface string
	lower   string
	pos     int32 // byte offset of surface in its text
	low     int32 // before resolveLower: 1 + offset of lower in featurizer.low, or 0
	start   bool  // first word of a sentence
	capital bool  // starts with an upper-case letter
	number  bool  // contains a digit
	title   bool  // a word of the story title
	// nameCap marks a capital inside a title written in sentence case:
	// likely a name, though the title's words all count as starts.
	nameCap bool
}

// alnum marks the ASCII letters and digits.
var alnum = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordRune reports whether the rune at text[i:] is a letter or digit, and
// returns it with its size.
func wordRune(text string, i int) (rune, int, bool) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1, alnum[c]
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return r, size, unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokenize appends the word tokens of text (of the story title when
// title) to fz.toks, marking sentence starts. Lower-case forms of ASCII
// words with capitals go to fz.low until resolveLower.
func (fz *featurizer) tokenize(text string, title bool) {
	start := true
	i := 0
	for i < len(text) {
		r, size, ok := wordRune(text, i)
		if !ok {
			switch r {
			case '.', '!', '?', ':', ';', '\n', '"', '“', '”', '•', '|':
				start = true
			}
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r2, s2, ok := wordRune(text, j)
			if ok {
				j += s2
				continue
			}
			// Keep apostrophes inside words and decimal points or
			// thousands separators inside numbers. After any other mark
			// (mostly a space) the word ends without reading on.
			if j+s2 < len(text) && (r2 == '\'' || r2 == '’' || r2 == '.' || r2 == ',') {
				r3, _ := utf8.DecodeRuneInString(text[j+s2:])
				if (r2 == '\'' || r2 == '’') && unicode.IsLetter(r3) {
					j += s2
					continue
				}
				if (r2 == '.' || r2 == ',') && unicode.IsDigit(r3) && unicode.IsDigit(r) {
					j += s2
					continue
				}
			}
			break
		}
		s := text[i:j]
		t := token{pos: int32(i), start: start, title: title}
		i = j
		start = false
		s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
		t.surface = s
		ascii, upper, digit := true, false, false
		for k := 0; k < len(s); k++ {
			switch c := s[k]; {
			case c >= utf8.RuneSelf:
				ascii = false
			case 'A' <= c && c <= 'Z':
				upper = true
			case '0' <= c && c <= '9':
				digit = true
			}
		}
		switch {
		case !ascii:
			first, _ := utf8.DecodeRuneInString(s)
			t.capital = unicode.IsUpper(first)
			t.number = strings.ContainsFunc(s, unicode.IsDigit)
			t.lower = strings.ToLower(s)
		case upper:
			t.capital = 'A' <= s[0] && s[0] <= 'Z'
			t.number = digit
			t.low = int32(len(fz.low)) + 1
			for k := 0; k < len(s); k++ {
				c := s[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				fz.low = append(fz.low, c)
			}
		default:
			t.number = digit
			t.lower = s
		}
		fz.toks = append(fz.toks, t)
	}
}

// resolveLower gives the tokens whose lower-case forms went to fz.low
// those forms, as parts of one string.
func (fz *featurizer) resolveLower() {
	if len(fz.low) == 0 {
		return
	}
	all := string(fz.low)
	for i := range fz.toks {
		if t := &fz.toks[i]; t.low > 0 {
			off := int(t.low) - 1
			t.lower = all[off : off+len(t.surface)]
			t.low = 0
		}
	}
}
