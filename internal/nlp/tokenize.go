package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits text into tokens in the style of the Penn Treebank, which
// the CoNLL-2003 training data follows: punctuation is split off, except
// for periods of abbreviations ("Mr.", "U.S.") and inside numbers ("1.5");
// clitics are split ("Davey's" -> "Davey" "'s", "don't" -> "do" "n't");
// currency signs are split from amounts ("£5m" -> "£" "5m"); hyphenated words
// stay whole. Straight and curly quotes are both handled. Offsets are byte
// offsets into text.
func Tokenize(text string) []Token {
	if text == "" {
		return nil
	}
	// News prose averages a token per five or six bytes; leave room.
	return appendTokens(make([]Token, 0, len(text)/4+1), text)
}

// appendTokens appends the tokens of text to toks.
func appendTokens(toks []Token, text string) []Token {
	i := 0
	for i < len(text) {
		size := spaceAt(text, i)
		if size > 0 {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				if c == ' ' || c >= '\t' && c <= '\r' {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		toks = splitChunk(toks, text, i, j)
		i = j
	}
	return toks
}

// spaceAt returns the byte length of the white-space rune at text[i], or
// 0 when there is none.
func spaceAt(text string, i int) int {
	if c := text[i]; c < utf8.RuneSelf {
		if c == ' ' || c >= '\t' && c <= '\r' {
			return 1
		}
		return 0
	}
	if r, size := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
		return size
	}
	return 0
}

// openers are split off the front of a chunk, closers off its end.
const (
	openers = "\"'([{“‘«`"
	closers = "\"')]}”’».,;:!?%"
	money   = "£$€¥"
)

// splitChunk tokenises the whitespace-free chunk text[a:b].
func splitChunk(toks []Token, text string, a, b int) []Token {
	// Leading punctuation and currency signs.
	for a < b {
		if c := text[a]; c < utf8.RuneSelf && isAlnum(c) {
			break // the usual case: a word starts here
		}
		r, size := utf8.DecodeRuneInString(text[a:b])
		if r == '\'' || r == '‘' || r == '’' {
			// '90s keeps its apostrophe.
			if n, _ := utf8.DecodeRuneInString(text[a+size : b]); unicode.IsDigit(n) {
				break
			}
		}
		if !strings.ContainsRune(openers, r) && !strings.ContainsRune(money, r) && !isDash(r) {
			break
		}
		if isDash(r) && a+size < b {
			// A leading hyphen before a word or number ("-5") stays.
			if r == '-' {
				if n, _ := utf8.DecodeRuneInString(text[a+size : b]); n != '-' {
					break
				}
			}
		}
		size = runLen(text, a, b, r)
		toks = append(toks, Token{text[a : a+size], a, a + size})
		a += size
	}
	// Trailing punctuation, collected right to left.
	var tailBuf [4]Token
	tail := tailBuf[:0]
	for a < b {
		if c := text[b-1]; c < utf8.RuneSelf && isAlnum(c) {
			break // the usual case: a word ends here
		}
		r, size := utf8.DecodeLastRuneInString(text[a:b])
		if r == '.' {
			if strings.HasSuffix(text[a:b], "...") {
				tail = append(tail, Token{text[b-3 : b], b - 3, b})
				b -= 3
				continue
			}
			if isAbbreviation(text[a:b]) || numberAbbreviation(text[a:b], text[b:]) {
				break
			}
		}
		if r == '…' || isDash(r) && r != '-' {
			tail = append(tail, Token{text[b-size : b], b - size, b})
			b -= size
			continue
		}
		if !strings.ContainsRune(closers, r) {
			break
		}
		if (r == '\'' || r == '’') && b-size > a {
			// A plural possessive ("students'") keeps its own token below.
			p, _ := utf8.DecodeLastRuneInString(text[a : b-size])
			if p == 's' || p == 'S' {
				tail = append(tail, Token{text[b-size : b], b - size, b})
				b -= size
				break
			}
		}
		tail = append(tail, Token{text[b-size : b], b - size, b})
		b -= size
	}
	if a < b {
		toks = splitMiddle(toks, text, a, b)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		toks = append(toks, tail[k])
	}
	return toks
}

// splitMiddle splits a word at dashes, ellipses, a comma or semicolon
// between letters (a missing space: "Party,said") and clitics.
func splitMiddle(toks []Token, text string, a, b int) []Token {
	// Split at em/en dashes, "--" and ellipses inside the word.
	for k := a; k < b; {
		if !midSplit[text[k]] {
			k++ // no other ASCII character splits a word here
			continue
		}
		r, size := utf8.DecodeRuneInString(text[k:b])
		n := 0
		switch {
		case r == '—' || r == '–' || r == '…':
			n = size
		case (r == ',' || r == ';') && k > a && k+1 < b && isLetterByte(text[k-1]) && isLetterByte(text[k+1]):
			n = 1 // "1,000" and "3,5-dimethyl" keep theirs
		case r == '-' && k+1 < b && text[k+1] == '-':
			n = runLen(text, k, b, '-')
		case r == '.' && strings.HasPrefix(text[k:b], "..."):
			n = runLen(text, k, b, '.')
		}
		if n > 0 && k > a && k+n < b {
			toks = splitMiddle(toks, text, a, k)
			toks = append(toks, Token{text[k : k+n], k, k + n})
			return splitMiddle(toks, text, k+n, b)
		}
		k += size
	}
	w := text[a:b]
	// Clitics. Each has an apostrophe, ' or ’ (which ends in byte 0x99),
	// in its last five bytes; most words have neither.
	if !hasApostropheByte(w[max(0, len(w)-5):]) {
		return append(toks, Token{w, a, b})
	}
	for _, c := range [...]string{"n't", "n’t"} {
		if hasSuffixFold(w, c) && len(w) > len(c) {
			k := b - len(c)
			return append(toks, Token{text[a:k], a, k}, Token{text[k:b], k, b})
		}
	}
	for _, c := range [...]string{"'s", "'re", "'ve", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m"} {
		if hasSuffixFold(w, c) && len(w) > len(c) {
			k := b - len(c)
			if r, _ := utf8.DecodeLastRuneInString(text[a:k]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
				return append(toks, Token{text[a:k], a, k}, Token{text[k:b], k, b})
			}
		}
	}
	return append(toks, Token{w, a, b})
}

// midSplit marks the bytes at which splitMiddle looks for a split: '-',
// '.', ',', ';' and those of multi-byte characters.
var midSplit = func() (t [256]bool) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	for _, c := range "-.,;" {
		t[c] = true
	}
	return t
}()

// hasApostropheByte reports whether s, a few bytes, has a "'" or the last
// byte of a "’" (0x99).
func hasApostropheByte(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] == '\'' || s[k] == 0x99 {
			return true
		}
	}
	return false
}

// hasSuffixFold is strings.HasSuffix ignoring ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// isAlnum reports whether the ASCII character c is a letter or a digit.
func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isLetterByte reports whether c is an ASCII letter or starts (or
// continues) a multi-byte character, taken as a letter.
func isLetterByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf
}

func isDash(r rune) bool { return r == '-' || r == '—' || r == '–' }

// runLen is the byte length of the run of rune r starting at text[a:].
func runLen(text string, a, b int, r rune) int {
	n := 0
	for a+n < b {
		q, size := utf8.DecodeRuneInString(text[a+n : b])
		if q != r {
			break
		}
		n += size
		if r != '-' && r != '.' && r != '`' && r != '\'' {
			break
		}
	}
	return n
}

// abbreviations lists common abbreviations written with a final period, in
// lower case and without it.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"sen": true, "gov": true, "rep": true, "gen": true, "col": true,
	"capt": true, "lt": true, "sgt": true, "maj": true, "rev": true,
	"hon": true, "jr": true, "sr": true, "mt": true, "ft": true,
	"inc": true, "corp": true, "ltd": true, "co": true,
	"bros": true, "dept": true, "univ": true, "assn": true, "est": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "vs": true, "etc": true, "approx": true,
	"cf": true, "e.g": true, "i.e": true, "ave": true, "blvd": true,
	"rd": true, "fig": true, "mln": true, "bln": true, "pct": true,
}

// capitalAbbreviations are abbreviations only when capitalised ("Sat." but
// not "sat.").
var capitalAbbreviations = map[string]bool{
	"Mon": true, "Tue": true, "Tues": true, "Wed": true, "Thu": true,
	"Thur": true, "Thurs": true, "Fri": true, "Sat": true, "Sun": true,
}

// numberAbbreviation reports whether w is "No." (or "Nos.") with a number
// next in rest, as in "No. 10".
func numberAbbreviation(w, rest string) bool {
	if !strings.EqualFold(w, "no.") && !strings.EqualFold(w, "nos.") {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// titleAbbreviations never end a sentence: a name follows them.
var titleAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true,
	"sen": true, "gov": true, "rep": true, "gen": true, "col": true,
	"capt": true, "lt": true, "sgt": true, "maj": true, "rev": true,
	"hon": true, "st": true, "mt": true, "ft": true,
}

// isAbbreviation reports whether w (ending in ".") is an abbreviation whose
// period belongs to the word: a listed abbreviation, an initial ("J."), or
// letters separated by periods ("U.S.", "a.m.").
func isAbbreviation(w string) bool {
	core := strings.TrimSuffix(w, ".")
	if core == "" {
		return false
	}
	if abbreviations[strings.ToLower(core)] || capitalAbbreviations[core] {
		return true
	}
	if utf8.RuneCountInString(core) == 1 {
		r, _ := utf8.DecodeRuneInString(core)
		return unicode.IsLetter(r)
	}
	// Letters separated by single periods: U.S, a.m, U.K.
	letters, dots := 0, 0
	prevDot := true
	for _, r := range core {
		switch {
		case r == '.':
			if prevDot {
				return false
			}
			dots++
			prevDot = true
		case unicode.IsLetter(r):
			if !prevDot {
				return false
			}
			letters++
			prevDot = false
		default:
			return false
		}
	}
	return dots > 0 && letters == dots+1
}
