package thread

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// freshOpenings marks the units whose first sentence brings a new name
// to the story within its opening words and that name nothing named
// before, but for the story's theme names (in at least three units and a
// third of them): such a unit introduces a subject of its own, as the
// items of a round-up do ("Tobacco giant Imperial Brands was almost
// flat…"). A capitalised first word counts as a name by openerName. A
// unit that opens with a pronoun, a
// quotation or a reported quote goes on with the matter before it and is
// never fresh. Single articles bring new people in this way too (about
// one paragraph in five of the BBC developer articles), so the mark is
// used only in stories that are round-ups by other signs.
func freshOpenings(units []string, words [][]word) []bool {
	n := len(units)
	if n < 3 {
		return nil
	}
	use := make([]stemUse, vocabSize(words))
	for u, ws := range words {
		for _, w := range ws {
			s := &use[w.id]
			if s.units == 0 {
				s.first = int32(u)
			}
			s.lower = s.lower || !w.upper
			s.named = s.named || w.name
			if s.last != int32(u+1) {
				s.last = int32(u + 1)
				s.units++
			}
		}
	}
	theme := int32(max(3, n/3))
	var out []bool
	for u := 1; u < n; u++ {
		t := units[u]
		if opensPronoun(t) || (opensFirstPerson(t)) {
			continue
		}
		if !hasLowerWord(firstSentence(t)) {
			continue // a dateline or a caption's names: no sentence
		}
		k := firstSentenceWords(t)
		fresh, old := false, false
		ws := words[u][:min(k, len(words[u]))]
		for i, w := range ws {
			nameLike := w.name || (i == 0 && openerName(ws, use, int32(u)))
			if !nameLike || monthName(w.surface) {
				continue
			}
			switch {
			case use[w.id].first < int32(u):
				if use[w.id].units < theme {
					old = true
				}
			case i < freshReach:
				fresh = true
			}
		}
		if fresh && !old {
			// nor does the rest of the unit go back to an earlier name
			for _, w := range words[u] {
				if w.name && use[w.id].first < int32(u) && use[w.id].units < theme && !monthName(w.surface) {
					old = true
					break
				}
			}
		}
		if fresh && !old && !continuesQuote(t) {
			if out == nil {
				out = make([]bool, n)
			}
			out[u] = true
		}
	}
	return out
}

// openerName reports whether the first of ws, capitalised as a
// sentence's first word is, is a name: the story never writes it in
// lower case, and it is a name elsewhere or runs on into another
// capitalised word ("Rank Group"; not "Banks led…").
func openerName(ws []word, use []stemUse, u int32) bool {
	w := ws[0]
	if !w.upper || w.stop || use[w.id].lower {
		return false
	}
	if use[w.id].named {
		return true
	}
	// a name runs on into one new here ("Rank Group"), not into an old
	// one ("Choosing DeGeneres")
	return len(ws) > 1 && ws[1].upper && ws[1].joined && use[ws[1].id].first >= u
}

// monthName reports whether a word, as written, names a month or a day
// of the week: a date, not a subject.
func monthName(surface string) bool {
	var buf [16]byte
	if len(surface) > len(buf) {
		return false
	}
	w := string(appendLower(buf[:0], surface))
	if _, ok := weekdays[w]; ok {
		return true
	}
	return isMonth(w)
}

// weekdays are the days of the week, lower-cased.
var weekdays = toSet(`monday tuesday wednesday thursday friday saturday sunday`)

// stemUse is how a story uses one stem.
type stemUse struct {
	first, units int32 // the first unit using it; how many units do
	last         int32 // the last unit counted in units, plus one
	lower        bool  // written in lower case somewhere
	named        bool  // a name somewhere
}

// freshReach is how many opening words of a unit may bring its new
// subject's name.
const freshReach = 10

// pronounOpeners open a unit that goes on with what came before.
var pronounOpeners = toSet(`he she it they his her its their this these those that him them`)

// opensPronoun reports whether u's first word is a pronoun.
func opensPronoun(u string) bool {
	return firstWordIn(u, pronounOpeners)
}

// firstWordIn reports whether u's first word, lower-cased, is in set.
func firstWordIn(u string, set map[string]struct{}) bool {
	first, ok := firstLetters(u)
	if !ok {
		return false
	}
	var buf [16]byte
	_, ok = set[string(appendLower(buf[:0], first))]
	return ok
}

// firstSentenceWords counts the words of u's first sentence, as the
// tokenizer reads them.
func firstSentenceWords(u string) int {
	tk := tokenizer{text: firstSentence(u)}
	var w word
	k := 0
	for tk.next(&w) {
		k++
	}
	return k
}

// firstPersonOpeners open a unit in the writer's or a speaker's voice.
var firstPersonOpeners = toSet(`i we you my our your`)

// opensFirstPerson reports whether u's first word is "I", "we" or "you".
func opensFirstPerson(u string) bool {
	return firstWordIn(u, firstPersonOpeners)
}

// hasLowerWord reports whether s holds a word of two or more letters that
// opens in lower case: a sentence, not a dateline or a list of names.
func hasLowerWord(s string) bool {
	for f := range strings.FieldsSeq(s) {
		r, size := utf8.DecodeRuneInString(f)
		if unicode.IsLower(r) && size < len(f) {
			return true
		}
	}
	return false
}
