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

// Diary columns of sightings set their items out another way: each
// opens with someone named and what they were seen doing, without a
// verb of its own ("Weather presenter Ida Marsh, carrying a canoe across
// a car park. She…"). A story where three or more paragraphs open so is
// read as a column of tagged items too. In running text a name and a
// participle open a sentence whose verb follows ("Ida Marsh, speaking
// on Monday, said…"), and a report sets a participle after its verb
// ("Marsh won the race, beating…"), neither of which is a sighting.

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
	if !unicode.IsUpper(first) || (unicode.IsDigit(last) && !scoreLine(tag)) || !(unicode.IsUpper(next) || unicode.IsDigit(next) || opensQuote(rest)) {
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

// maxSightingName is the most words before the comma of a sighting.
const maxSightingName = 8

// sightingStops are words that a sighting's name and description never
// hold: an article or a preposition makes the words before the comma a
// clause or a phrase of place or time.
var sightingStops = toSet(`a an the in of to on at for with by from into as after before`)

// finiteVerbs are common finite verbs, any of which after the
// participle makes the sentence a clause rather than a sighting.
var finiteVerbs = toSet(`is are was were has have had will would could can said says told added did does do may might must shall should`)

// opensSighting reports whether u opens with a sighting: its first
// sentence is a name, maybe after a description ("Actor", "Former
// rowing champion"), of up to maxSightingName words ending in a
// capitalised word and a comma, then a participle ("carrying") and no
// finite verb to the sentence's end.
func opensSighting(u string) bool {
	u = strings.TrimSpace(u)
	if r, _ := utf8.DecodeRuneInString(u); !unicode.IsUpper(r) {
		return false
	}
	first := u
	for i := 0; i+1 < len(u); i++ {
		if (u[i] == '.' || u[i] == '!' || u[i] == '?') && u[i+1] == ' ' {
			first = u[:i]
			break
		}
	}
	if !strings.Contains(first, ", ") {
		return false
	}
	var buf [32]byte
	i := 0           // words before the comma
	comma := false   // the word before ended with the comma
	participle := "" // the participle after it
	for f := range strings.FieldsSeq(first) {
		switch {
		case participle != "":
			if _, ok := finiteVerbs[string(appendLower(buf[:0], strings.Trim(f, ",;:")))]; ok {
				return false
			}
		case comma:
			if !strings.HasSuffix(f, "ing") || strings.IndexFunc(f, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
				return false
			}
			participle = f
		default:
			if i >= maxSightingName {
				return false
			}
			if _, ok := sightingStops[string(appendLower(buf[:0], strings.TrimRight(f, ",")))]; ok {
				return false
			}
			if strings.HasSuffix(f, ",") {
				if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) {
					return false
				}
				comma = true
			}
			i++
		}
	}
	return participle != ""
}

// taggedItems marks the paragraphs that open with an item tag, when at
// least minTags distinct tags open them and no tag is used twice, or
// else the paragraphs that open with a sighting, when at least minTags
// do (nil otherwise).
func taggedItems(units []string) []bool {
	var out []bool
	seen := map[string]bool{}
	for k, u := range units {
		tag, ok := itemTag(u)
		if !ok {
			continue
		}
		if seen[tag] {
			out = nil
			break
		}
		seen[tag] = true
		if out == nil {
			out = make([]bool, len(units))
		}
		out[k] = true
	}
	if len(seen) >= minTags && out != nil {
		return out
	}
	out = make([]bool, len(units))
	count := 0
	for k, u := range units {
		if opensSighting(u) {
			out[k] = true
			count++
		}
	}
	if count < minTags {
		return nil
	}
	return out
}
