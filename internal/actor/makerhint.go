package actor

import "strings"

// madeNouns name kinds of made things a firm's name comes before when
// it is the maker's, after the product's own name ("Nokia's N-Gage game
// phone", "the Velmora Zentrix handset"); productNouns counts too.
var madeNouns = setOf(`phone phones player players camera cameras technology radio radios
film films`)

// makerProduct reports whether the words from token e on, after the
// one-word name ending there, name a product the name's bearer makes: an
// optional possessive, one to three capitalised words of the product's
// own name, then a model number ("Sony's PlayStation 3", "the Velmora
// Zentrix 300") or a product noun after at most two lower-case words
// ("Toshiba's HD-DVD technology", "Nokia's N-Gage game phone"); or,
// with no possessive and no product name before it, a product noun after
// at most two lower-case words and before the product's own capitalised
// name ("Sony horror film The Grudge"). A place's
// possessive is followed by a firm or a person, rarely by such a thing
// ("Japan's Toyota", "Britain's Tony Blair"), and firmHint asks this only
// of names the gazetteer does not know as places.
func makerProduct(toks []tok, e int) bool {
	k := e
	if k < len(toks) && isPossessive(&toks[k]) {
		k++
	}
	caps := 0
	for k < len(toks) && caps < 3 && toks[k].word && toks[k].cap && !toks[k].sentStart {
		k++
		caps++
	}
	if caps == 0 {
		return k == e && titledProduct(toks, k)
	}
	if k >= len(toks) || !toks[k].word {
		return false
	}
	if strings.ContainsAny(toks[k].text, "0123456789") {
		return true // a model number
	}
	for i := k; i < len(toks) && i < k+3; i++ {
		t := &toks[i]
		if !t.word || t.cap {
			return false
		}
		if productNouns[t.lower] || madeNouns[t.lower] {
			return true
		}
	}
	return false
}

// titledProduct reports whether the words from token k on are one to
// three lower-case words, the last a product noun, then a capitalised
// word: the kind of product before its own name ("horror film The
// Grudge").
func titledProduct(toks []tok, k int) bool {
	for i := k; i < len(toks) && i < k+3; i++ {
		t := &toks[i]
		if !t.word || t.cap {
			return false
		}
		if (productNouns[t.lower] || madeNouns[t.lower]) && i+1 < len(toks) {
			return toks[i+1].word && toks[i+1].cap
		}
	}
	return false
}

// makeVerbs are participles of making a product, whose agent after "by"
// is its maker.
var makeVerbs = setOf(`developed made built designed manufactured`)

// makerAgent reports whether the one-word name starting at token s is the
// maker after "by" of a product noun ("a rival format developed by
// Toshiba", "a chip made by Velmora"), maybe with a participle's
// adverb between ("originally developed by").
func makerAgent(toks []tok, s int) bool {
	if s < 3 || toks[s-1].lower != "by" || !makeVerbs[toks[s-2].lower] {
		return false
	}
	k := s - 3
	if k > 0 && strings.HasSuffix(toks[k].lower, "ly") {
		k--
	}
	return productNouns[toks[k].lower] || madeNouns[toks[k].lower]
}

// businessVerbs are what a firm, as the subject of its clause, does in
// the news: it announces, launches, sells and expects.
var businessVerbs = setOf(`announced announces unveiled unveils launched launches plans planned
expects expected offers offered sells sold claims claimed`)

// clauseOpeners are the words after which a name opens a clause.
var clauseOpeners = setOf(`, while as but and that whereas`)

// actsAsFirm reports whether the one-word name from token s to e opens
// its sentence or a clause (after clauseOpeners) as the subject of a business verb, maybe after "has" or
// "already" ("Toshiba announced", "Napster already offers", "Sony has
// announced"). A place does these too, so firmHint counts it once: it
// takes two such mentions, or another cue, for placeless.
func actsAsFirm(toks []tok, s, e int) bool {
	if e >= len(toks) || !toks[s].sentStart && (s == 0 || !clauseOpeners[toks[s-1].lower]) {
		return false
	}
	if (toks[e].lower == "has" || toks[e].lower == "already") && e+1 < len(toks) {
		e++
	}
	return businessVerbs[toks[e].lower]
}
