package thread

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Briefings and news-in-brief columns often tag each item with a few
// words and a colon ("Ferry delays: Crossings to the islands were…",
// "2. School meals: …", "CANADA: A herd of bison…", "Brightwell Mills
// +8.1 per cent, 212p: Won an order…"). In a story where three or more
// paragraphs open with such a tag, each a different one, every tagged
// paragraph opens an item (entryItems): a tag is the column's own mark
// that a new matter begins. Tags must differ: a transcript repeats its
// speakers' names ("Q:", "A:", "Moderator:"), and a speaker is no new
// matter. What follows the tag must be a sentence, ending with a full
// stop, a question or an exclamation mark: datelines ("Updated: 14
// March") and headlines with a colon are not items, nor are table rows
// ("North West: 918").

// maxTagWords is the most words of an item's tag.
const maxTagWords = 8

// minTags is how many paragraphs must open with distinct tags to make
// a story a column of tagged items.
const minTags = 3

// tagWords are words no item tag holds: pronouns and the words that open
// a sentence of running text or an aside ("Let me say this:", "So, to
// be clear:"), reporting verbs ("He added:"), and the stamps of a
// dateline ("Published:", "Last updated:").
var tagWords = toSet(`i me we us you he she it they him her them my our your his its their this that these those here there so but and or let now then as if when what why how said says say told tells added adds asked wrote writes explained replied replies warned insisted published updated posted edited created modified last`)

// itemTag returns the tag of a paragraph that opens with one (an
// optional number "1." or "2)", then one to maxTagWords words beginning
// with a capital, then a colon and a space, then a sentence beginning
// with a capital or a quotation mark and ending like one), lower-cased.
func itemTag(u string) (string, bool) {
	u = strings.TrimSpace(u)
	if !sentenceBullet(u) || isTableRow(u) {
		return "", false
	}
	// a number that counts the items
	if i := strings.IndexFunc(u, func(r rune) bool { return !unicode.IsDigit(r) }); i > 0 && i <= 2 && i+1 < len(u) && (u[i] == '.' || u[i] == ')') && u[i+1] == ' ' {
		u = strings.TrimLeft(u[i+1:], " ")
	}
	c := strings.Index(u, ": ")
	if c <= 0 {
		return "", false
	}
	tag, rest := u[:c], strings.TrimLeft(u[c+2:], " ")
	first, _ := utf8.DecodeRuneInString(tag)
	last, _ := utf8.DecodeLastRuneInString(tag)
	next, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(first) || unicode.IsDigit(last) || !(unicode.IsUpper(next) || unicode.IsDigit(next) || opensQuote(rest)) {
		return "", false
	}
	words := 0
	var buf [32]byte
	for f := range strings.FieldsSeq(tag) {
		if words++; words > maxTagWords {
			return "", false
		}
		if _, ok := tagWords[string(appendLower(buf[:0], strings.Trim(f, ",.;()'’")))]; ok {
			return "", false
		}
	}
	return strings.ToLower(tag), true
}

// taggedItems marks the paragraphs that open with an item tag, when at
// least minTags distinct tags open them and no tag is used twice (nil
// otherwise).
func taggedItems(units []string) []bool {
	var out []bool
	seen := map[string]bool{}
	for k, u := range units {
		tag, ok := itemTag(u)
		if !ok {
			continue
		}
		if seen[tag] {
			return nil
		}
		seen[tag] = true
		if out == nil {
			out = make([]bool, len(units))
		}
		out[k] = true
	}
	if len(seen) < minTags {
		return nil
	}
	return out
}
