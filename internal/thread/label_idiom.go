package thread

import "strings"

// A noun inside a set phrase names nothing the story is about: "the
// third rise in a row" has no row in it, "came under fire" no fire,
// "will take charge of his last match" no charge, "languished near the
// bottom of the index" no bottom, "what the rest of us knew" no rest,
// "Hats off to …" no hats, "threw their weight behind" no weight, "on
// track to beat" no track, "could be in trouble" no trouble, "in order
// to" and "out of order" no order. Rare in the archive, such a noun
// scored as a distinctive topic word and made labels that mislead
// ("Oakbourne Bank row" for a rise in house prices). The idiom rule does
// not count a use inside one of these phrases as a use of the noun; a
// noun whose every use is one is no topic word. A row "in a row with" or
// "over" someone is a dispute, and stays one.

// idiom is a set phrase around a noun: the word right before it (with
// "a" dropped between when afterA is set) and the word right after it,
// each one of a set ("" for any).
type idiom struct {
	before string
	afterA bool
	after  string
	// notAfter are words after the noun that make it no idiom ("in a
	// row with")
	notAfter string
}

// idioms maps a noun to the set phrases it may stand in.
var idioms = map[string][]idiom{
	"row":     {{before: "in", afterA: true, notAfter: "with over about between against"}},
	"fire":    {{before: "under"}},
	"charge":  {{before: "in take takes took taken taking", after: "of"}},
	"bottom":  {{before: "the", after: "of"}},
	"rest":    {{before: "the", after: "of"}},
	"hats":    {{after: "off"}},
	"weight":  {{after: "behind"}},
	"track":   {{before: "on"}},
	"trouble": {{before: "in"}},
	"order":   {{before: "in", after: "to for that"}, {before: "of"}},
}

// idiomUse reports whether ws[i] stands inside one of its idioms.
//
// The lexicon has marked the words idioms holds (lexIdiom): no other
// word needs looking up.
func idiomUse(ws []word, i int) bool {
	if ws[i].lex&lexIdiom == 0 {
		return false
	}
	forms, ok := idioms[strings.ToLower(ws[i].surface)]
	if !ok {
		return false
	}
	for _, f := range forms {
		if f.afterA != ws[i].afterA {
			continue
		}
		if f.before != "" && (i == 0 || !ws[i].joined || !fieldIn(f.before, ws[i-1].surface)) {
			continue
		}
		next := ""
		if i+1 < len(ws) && ws[i+1].joined {
			next = ws[i+1].surface
		}
		if f.after != "" && !fieldIn(f.after, next) {
			continue
		}
		if f.notAfter != "" && next != "" && fieldIn(f.notAfter, next) {
			continue
		}
		return true
	}
	return false
}

// fieldIn reports whether s, in lower case, is one of the
// space-separated words of list.
func fieldIn(list, s string) bool {
	if s == "" {
		return false
	}
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, s) {
			return true
		}
	}
	return false
}

// amountWords name a count in words besides numberWords: "hundreds of
// homes", "14 trillion rupiah".
var amountWords = toSet(`hundreds thousand thousands million millions billion billions trillion trillions dozen dozens`)

// countOnly reports whether ws, a term candidate, is a count written in
// words and nothing else ("eleven", "thousand"): a figure tells no
// matter, whatever its rarity.
func countOnly(ws []word) bool {
	for _, w := range ws {
		if !numberWord(w) && !wordIn(amountWords, w) {
			return false
		}
	}
	return true
}
