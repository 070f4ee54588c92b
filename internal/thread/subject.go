package thread

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A report of people or animals in the news often leads on who they are
// rather than their names ("A pub landlord who threw a customer out has
// been cleared…", "Three men have been jailed…", "An antiques dealer
// who sold fake silver…") and names them in the next paragraph, with an
// age or an apposition ("Gary Tott, 46, who runs the Squire…", "Lee
// Dran, 38, Connor Haig, 29, and…", "Barney, a four-year-old spaniel,
// bolted…"). That paragraph brings in a name no paragraph before it
// used, so the gap model reads a change of matter; but it only says who
// the lead was about. Across the developer round-ups (real and invented)
// every one of the 73 paragraphs that open so after such a lead belongs
// to the lead's thread; a name with an age after any other paragraph
// opens a new matter about as often as not, so the lead is asked for.
// The gap before such a paragraph is weighed as a source's attribution
// is (Options.Attribution), unless the paragraph is plainly closer to an
// earlier one.

// countWords open a lead's subject with a number of people in words.
var countWords = toSet(`two three four five six seven eight nine ten`)

// sentenceOpeners are capitalised words that open a sentence and are no
// name: with a comma after them ("Yesterday, a man…") they look like a
// name and its apposition.
var sentenceOpeners = toSet(`yesterday today tonight last earlier later now then overall instead still sentencing speaking defending prosecuting officially previously originally`)

// describesSubject reports whether u opens with a subject described but
// not named: "A" or "An" or a number in words, then a word in lower case
// or a number ("A retired midwife from Truro…", "Three men who…", "A
// 46-year-old man…").
func describesSubject(u string) bool {
	fs := strings.Fields(leadingFields(strings.TrimSpace(u), 2))
	if len(fs) < 2 {
		return false
	}
	if fs[0] != "A" && fs[0] != "An" {
		var buf [16]byte
		low := string(appendLower(buf[:0], fs[0]))
		if _, ok := countWords[low]; !ok || fs[0] == low {
			return false // not a number in words opening the sentence
		}
	}
	r, _ := utf8.DecodeRuneInString(fs[1])
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// namesSubject reports whether u opens with a name, of one to four
// capitalised words closed by a comma, and then an age or an
// apposition: a number, "aged", "a", "an" or "who" ("Carl Natt, 33, of
// no fixed address…", "Reg Tuttle, a slow left-arm bowler, …"). A cue
// ("Meanwhile, a…"), a word that turns or carries on ("However, an…")
// or a word that opens a sentence ("Yesterday, a…") is no name.
func namesSubject(u string) bool {
	u = strings.TrimSpace(u)
	if opensShift(u) || opensReturn(u) {
		return false
	}
	fs := strings.Fields(leadingFields(u, 6))
	var buf [32]byte
	for i, f := range fs {
		if i == 4 {
			return false
		}
		w := strings.TrimSuffix(f, ",")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if i == 0 {
			low := string(appendLower(buf[:0], w))
			if _, ok := turnWords[low]; ok {
				return false
			}
			if _, ok := sentenceOpeners[low]; ok {
				return false
			}
			if strings.HasSuffix(low, "ly") {
				return false // "Separately," "Locally,"
			}
		}
		if w == f {
			continue
		}
		if i+1 == len(fs) {
			return false
		}
		next := fs[i+1]
		if r, _ := utf8.DecodeRuneInString(next); unicode.IsDigit(r) {
			return true
		}
		switch next {
		case "aged", "a", "an", "who":
			return true
		}
		return false
	}
	return false
}

// namesLeadSubject reports whether unit g (g ≥ 1) names the subject
// that the paragraph before it described without a name.
func namesLeadSubject(units []string, g int) bool {
	return describesSubject(units[g-1]) && namesSubject(units[g])
}
