package thread

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A letters page ends each reader's letter with its sign-off: the
// writer's name and where they live, on a line of its own ("Margaret
// Holt, Ludlow, Shropshire", "Cllr DEREK ASPIN, Whitby", "PAM OKORO,
// Luton, Beds."). Short and without closing punctuation, the line looks
// like a sub-head, which belongs to the item after it, so each letter's
// sign-off was read as the head of the next letter. It closes the letter
// before it: across the developer round-ups 41 of the 42 lines shaped
// so belong to the thread of the paragraph before them (the other is a
// columnist's greeting of one word before a place). The gap before a
// sign-off is weighed as a quotation's is (Options.Quote), the gap after
// it as the gap after a sub-head's line is, and a sign-off is no
// sub-head, in a story with two sign-offs or more (minSignOffs).

// signOffTitles may come before a writer's name.
var signOffTitles = toSet(`mr mrs ms miss dr rev revd canon cllr prof sir dame lady lord the`)

// signOffJoins may stand in lower case within a name or a place.
var signOffJoins = toSet(`and & de van von le la on upon under in by`)

// signsOff reports whether u is a letter's sign-off: two to four parts
// set off by commas, of up to 12 words in all, none with a digit, and no
// closing punctuation but an abbreviation's full stop; the first part a
// name of two or more words (a title may come first, "Jean and Colin
// Whitlow" names two writers), each later part a place of capitalised
// words ("Bexhill-on-Sea", "Robin Hood's Bay", "N. Yorks.").
func signsOff(u string) bool {
	u = strings.TrimSpace(u)
	if u == "" || hasSignOffBar(u) {
		return false
	}
	parts := strings.Split(u, ", ")
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	total := 0
	for i, p := range parts {
		fs := strings.Fields(p)
		if len(fs) == 0 {
			return false
		}
		total += len(fs)
		caps := 0
		for j, f := range fs {
			r, _ := utf8.DecodeRuneInString(f)
			low := strings.ToLower(f)
			if _, ok := signOffJoins[low]; ok && j > 0 && j < len(fs)-1 {
				continue
			}
			if !unicode.IsUpper(r) {
				return false
			}
			if _, ok := signOffTitles[strings.TrimSuffix(low, ".")]; ok && i == 0 && j == 0 {
				continue
			}
			if strings.HasSuffix(f, ".") && i < len(parts)-1 && len([]rune(f)) > 2 {
				return false // a sentence ends within the line
			}
			caps++
		}
		if i == 0 && (caps < 2 || strings.EqualFold(fs[0], "by")) {
			return false // a name has a given name and a surname; "By …" is a byline
		}
		if caps == 0 {
			return false
		}
	}
	if total > 12 {
		return false
	}
	last := parts[len(parts)-1]
	if strings.HasSuffix(last, ".") {
		// only an abbreviation closes with a full stop: "Beds.", "N. Yorks."
		fs := strings.Fields(last)
		if len([]rune(fs[len(fs)-1])) > 7 {
			return false
		}
	}
	return true
}

// signOffBars marks the ASCII bytes no sign-off holds: digits and
// ":;!?\"()".
var signOffBars = func() (t [utf8.RuneSelf]bool) {
	for _, c := range []byte("0123456789:;!?\"()") {
		t[c] = true
	}
	return t
}()

// hasSignOffBar reports whether u holds a rune no sign-off holds: a digit,
// one of ":;!?\"()" or a curly quote (‘, “, ”). It is
// strings.ContainsAny(u, "0123456789:;!?\"‘“”()") in one pass over the
// bytes, where ContainsAny, given non-ASCII runes, passes over u once for
// each rune of the set: UTF-8 is self-synchronising, so the curly quotes'
// three bytes stand for them wherever they appear.
func hasSignOffBar(u string) bool {
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c < utf8.RuneSelf {
			if signOffBars[c] {
				return true
			}
			continue
		}
		// ‘ is E2 80 98, “ E2 80 9C, ” E2 80 9D
		if c == 0xE2 && i+2 < len(u) && u[i+1] == 0x80 && (u[i+2] == 0x98 || u[i+2] == 0x9C || u[i+2] == 0x9D) {
			return true
		}
	}
	return false
}

// minSignOffs is how many sign-offs make a story a letters page: a
// single line of a name and a place is as often a match report's venue
// before its line-ups ("Lansdowne Road, Dublin").
const minSignOffs = 2

// signOffLines marks the units that are letters' sign-offs, in a story
// with minSignOffs of them or more (nil otherwise).
func signOffLines(units []string) []bool {
	var out []bool
	count := 0
	for i, u := range units {
		if signsOff(u) {
			if out == nil {
				out = make([]bool, len(units))
			}
			out[i] = true
			count++
		}
	}
	if count < minSignOffs {
		return nil
	}
	return out
}
