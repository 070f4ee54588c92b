package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key returns the archive-wide identity of an actor: its kind and its
// canonical name folded (case, accents, full stops, apostrophes, spacing,
// "&" for "and"), so "Ed Davey" and "ED  Davey" share a key, as do "U.S."
// and "US", and "Marks & Spencer" and "Marks and Spencer".
func Key(a Actor) string { return a.Kind + ":" + FoldName(a.Name) }

// FoldName is a name as Key holds it, without the kind: lower case, no
// accents or full stops, straight apostrophes, single spaces, "and" for a
// spaced "&".
func FoldName(name string) string { return foldKey(name) }

// foldKey lower-cases s, strips accents and full stops, straightens
// apostrophes, collapses white space and reads a spaced ampersand as
// "and".
func foldKey(s string) string {
	s = normSpace(s)
	k := s // ASCII with no capital and no full stop folds to itself
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '.' {
			k = foldRunes(s)
			break
		}
	}
	if strings.Contains(k, " & ") {
		k = strings.ReplaceAll(k, " & ", " and ") // "Marks & Spencer", "Marks and Spencer"
	}
	return k
}

// foldRunes is foldKey's rewriting of s, rune by rune.
func foldRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			// An ASCII rune: no accent to fold or strip.
			switch {
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			case r == '.':
				continue // the stops of "U.S." or "J.K."
			}
			b.WriteByte(byte(r))
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := accentFold[r]; ok {
			b.WriteString(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue // accents
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Slug returns a short, readable id for a name: lower case ASCII words
// joined by hyphens ("Ed Davey" → "ed-davey", "Lord O'Neill" →
// "lord-oneill").
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range foldKey(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r == '\'' || r == '.':
			// O'Neill → oneill, U.S. → us
		default:
			if b.Len() > 0 && !dash {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

var accentFold = func() map[rune]string {
	m := make(map[rune]string)
	add := func(to string, from string) {
		for _, r := range from {
			m[r] = to
		}
	}
	add("a", "àáâãäåāăą")
	add("c", "çćĉċč")
	add("d", "ďđ")
	add("e", "èéêëēĕėęě")
	add("g", "ĝğġģ")
	add("h", "ĥħ")
	add("i", "ìíîïĩīĭįı")
	add("j", "ĵ")
	add("k", "ķ")
	add("l", "ĺļľŀł")
	add("n", "ñńņňŉ")
	add("o", "òóôõöøōŏő")
	add("r", "ŕŗř")
	add("s", "śŝşšș")
	add("t", "ţťŧț")
	add("u", "ùúûüũūŭůűų")
	add("w", "ŵ")
	add("y", "ýÿŷ")
	add("z", "źżž")
	m['ß'] = "ss"
	m['æ'] = "ae"
	m['œ'] = "oe"
	m['þ'] = "th"
	m['ð'] = "d"
	return m
}()
