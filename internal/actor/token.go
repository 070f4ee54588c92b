package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one token of a paragraph: a word or a punctuation mark, with its
// byte offsets. A possessive ending ("'s", "’s") is its own token.
type tok struct {
	text       string
	lower      string // text in lower case; for a word also lowerKey(text), as no word ends in a full stop
	start, end int
	word       bool      // letters or digits
	cap        bool      // a word whose first letter is upper case
	sentStart  bool      // first word of a sentence (or of the paragraph)
	cls        wordClass // tokClass(lower)
}

// isConnector reports whether r may join two parts of one word, as in
// O'Neill, Bennett-Warner or U.S.
func isConnector(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' || r == '\u2010' || r == '\u2011'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// appendTokens splits text into tokens and appends them to toks. It marks
// the first word of each sentence; a full stop after an honorific or an
// initial does not end a sentence. Words are lower-cased through lm
// (nil: none).
func appendTokens(toks []tok, text string, lm *lowerMemo) []tok {
	at := len(toks)
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		var space, word bool
		if r < utf8.RuneSelf {
			space, word = asciiTok[r]&asciiSpace != 0, asciiTok[r]&asciiWord != 0
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(r)
			word = !space && isWordRune(r)
		}
		switch {
		case space:
			i += size
		case word:
			j := i + size
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
					j++ // an ASCII letter or digit: the usual case
					continue
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				if isConnector(r2) && j+s2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+s2:])
					if isWordRune(r3) {
						j += s2
						continue
					}
				}
				break
			}
			w := text[i:j]
			// Split a possessive ending off: Davey's → Davey + 's.
			if k := possessiveCut(w); k > 0 {
				toks = append(toks, newWord(w[:k], i, i+k, lm))
				l, cls := lm.lowerClass(w[k:]) // "'s" from the memo, without the class map
				toks = append(toks, tok{text: w[k:], lower: l, start: i + k, end: j, cls: cls})
			} else {
				toks = append(toks, newWord(w, i, j, lm))
			}
			i = j
		default:
			p := text[i : i+size]
			var cls wordClass
			if size == 1 && p[0] < utf8.RuneSelf {
				// A one-byte rune below RuneSelf is ASCII; an invalid
				// byte (size 1 too) is looked up like any other.
				cls = asciiClass[p[0]]
			} else {
				cls = tokClass(p)
			}
			toks = append(toks, tok{text: p, lower: p, start: i, end: i + size, cls: cls})
			i += size
		}
	}
	markSentences(toks[at:])
	return toks
}

// asciiTok holds, for each ASCII byte, whether appendTokens reads it as
// white space (unicode.IsSpace) or as a word's rune (isWordRune).
var asciiTok = func() (a [utf8.RuneSelf]uint8) {
	for c := range a {
		if unicode.IsSpace(rune(c)) {
			a[c] |= asciiSpace
		}
		if isWordRune(rune(c)) {
			a[c] |= asciiWord
		}
	}
	return a
}()

// The bits of asciiTok.
const (
	asciiSpace = 1 << iota
	asciiWord
)

// possessiveCut returns the byte index where a possessive "'s" or "’s"
// starts in w, or 0 when w has none.
func possessiveCut(w string) int {
	n := len(w)
	if n < 3 || w[n-1]|0x20 != 's' {
		return 0 // every ending ends so, after at least one byte
	}
	if w[n-2] == '\'' {
		return n - 2
	}
	if n > 4 && w[n-4:n-1] == "’" {
		return n - 4
	}
	return 0
}

func newWord(w string, start, end int, lm *lowerMemo) tok {
	var upper bool
	if c := w[0]; c < utf8.RuneSelf {
		upper = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(w)
		upper = unicode.IsUpper(r)
	}
	l, cls := lm.lowerClass(w)
	return tok{text: w, lower: l, start: start, end: end, word: true, cap: upper, cls: cls}
}

// lowerMemo is a small direct-mapped cache of words with their lower-case
// forms and classes: a word recurs across a story and across stories,
// strings.ToLower makes a new string of a capitalised one each time, and
// tokClass hashes it into a large map. A slot's key holds the word's
// length and bytes inline, so that it keeps no story text; words longer
// than 15 bytes or not in ASCII are not kept.
type lowerMemo [1 << 11]struct {
	key   [16]byte
	lower string // the word lower-cased if it has a capital, else ""
	cls   wordClass
}

// lowerClass returns strings.ToLower(w) and its tokClass.
func (m *lowerMemo) lowerClass(w string) (string, wordClass) {
	if m == nil || len(w) > 15 {
		l := strings.ToLower(w)
		return l, tokClass(l)
	}
	upper, hyphen := false, false
	h, hl := uint32(fnvOffset), uint32(fnvOffset) // FNV-1a of w and of w lower-cased
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			l := strings.ToLower(w)
			return l, tokClass(l)
		}
		h = (h ^ uint32(c)) * fnvPrime
		if 'A' <= c && c <= 'Z' {
			upper = true
			c += 'a' - 'A'
		}
		hyphen = hyphen || c == '-'
		hl = (hl ^ uint32(c)) * fnvPrime
	}
	if !upper && !hyphen && !classFilter.mayHave(hl) {
		return w, 0 // most words: already in lower case, of no class
	}
	s := &m[h%uint32(len(m))]
	if int(s.key[0]) == len(w) && string(s.key[1:1+len(w)]) == w {
		if s.lower == "" {
			return w, s.cls // as strings.ToLower returns a word in lower case
		}
		return s.lower, s.cls
	}
	l := w
	s.lower = ""
	if upper {
		l = strings.ToLower(w)
		s.lower = l
	}
	if classFilter.mayHave(hl) || hyphen {
		s.cls = tokClass(l)
	} else {
		s.cls = 0 // surely no key of classIndex, and no compound
	}
	s.key[0] = byte(copy(s.key[1:], w))
	return l, s.cls
}

// markSentences sets sentStart on the first word of each sentence.
func markSentences(toks []tok) {
	start := true
	for i := range toks {
		t := &toks[i]
		if t.word {
			if start {
				t.sentStart = true
				start = false
			}
			continue
		}
		switch t.text {
		case ".":
			if i > 0 && toks[i-1].word && (isAbbreviated(toks[i-1].text) || isInitial(toks[i-1].text)) {
				continue
			}
			start = true
		case "!", "?", ":", ";", "•", "·", "|", "…", "–", "—":
			// A dash or colon often opens a new clause with a capital
			// ("Pictured: …"), so treat it as a sentence start too.
			start = true
		}
	}
}

// isInitial reports whether w is an initial or a run of initials joined
// by full stops, as in "J. Smith" or "J.K. Rowling".
func isInitial(w string) bool {
	for parts := 1; parts <= 4; parts++ {
		// Each part is one upper-case letter.
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		w = w[size:]
		if w == "" {
			return true
		}
		if w[0] != '.' {
			return false
		}
		w = w[1:]
	}
	return false
}

// isPossessive reports whether t is a split-off possessive ending, or a
// bare apostrophe following a word (Jones').
func isPossessive(t *tok) bool {
	if t.text == "" || t.text[0] != '\'' && t.text[0] != "’"[0] {
		return false // the usual case, told by the first byte
	}
	switch t.text {
	case "'s", "’s", "'S", "’S", "'", "’":
		return true
	}
	return false
}

// isAllCaps reports whether w has at least two letters and no lower-case one.
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// normSpace replaces every run of white space (including non-breaking
// spaces) with one ordinary space, straightens curly apostrophes and trims.
func normSpace(s string) string {
	if plainSpaced(s) {
		return s
	}
	s = strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', 'ʼ', '`':
			return '\''
		case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a':
			return ' '
		case '\u00ad', '\u200b':
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// plainSpaced reports whether s is already normalised: ASCII spaces only,
// single, not at either end, and no curly apostrophes.
func plainSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case c < ' ' || c == '`' || c >= 0x80:
			return false
		}
		prevSpace = false
	}
	return true
}
