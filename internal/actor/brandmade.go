package actor

// What a firm makes is named after its verb of making in a relative
// clause or after "maker of": "The group, which makes Sunny Wheats and
// the Crunchy range,", "which makes Maud's gin and Tarrow Hill cider",
// "the maker of Brightly toothpaste and Cosy Whiskers pet food". Such a
// name, maybe further along the list, is a brand's, however much it
// looks like a person's.

// firmMakeVerbs made by a firm, after "which" or "that".
var firmMakeVerbs = setOf(`makes make produces produce sells sell brews brew`)

// brandMade reports whether the name m is in the object of a firmMakeVerbs
// word right after "which" or "that", or of "maker of" or "makers of",
// with at most eight words of the list (names, nouns of goods in lower
// case, "and", commas, possessives) between, and is followed by a comma,
// "and", a full stop or a noun of goods in lower case (not "the", "a",
// a possessive or another word of clauseWords: "which makes Tom Pryce
// the favourite" makes him something). Only a name the tagger read as a
// person's is asked: a firm's name there ("which makes Velmo brand
// products") keeps its kind.
func brandMade(toks []tok, m *mention) bool {
	e := m.e
	if m.typ != "PER" || e >= len(toks) {
		return false
	}
	switch n := toks[e]; {
	case n.text == "," || n.text == "." || n.lower == "and":
	case n.word && !n.cap && !n.is(clsClauseWord) && n.lower != "the" && n.lower != "a" && n.lower != "an":
	case isPossessive(&n) && possessedGoods(toks, e+1):
		// "which makes Maud's gin and": a brand named in the possessive
	default:
		return false
	}
	for k, n := m.s-1, 0; k >= 1 && n < 8; k, n = k-1, n+1 {
		t := &toks[k]
		if t.sentStart {
			return false
		}
		if firmMakeVerbs[t.lower] && !t.cap {
			p := toks[k-1].lower
			return p == "which" || p == "that"
		}
		if t.lower == "of" && (toks[k-1].lower == "maker" || toks[k-1].lower == "makers") {
			return true
		}
		if t.word && (t.cap || t.lower == "and" || t.lower == "the") || t.text == "," || isPossessive(t) {
			continue
		}
		if t.word && !t.is(clsClauseWord) && k+1 < m.s && (toks[k+1].lower == "and" || toks[k+1].text == ",") {
			continue // "toothpaste and": the noun of goods closing an item of the list
		}
		return false
	}
	return false
}

// possessedGoods reports whether the words from token k on, after a
// possessive, are one noun of goods closing an item of a list: a
// lower-case word, then a comma, "and", "or" or a full stop ("Maud's gin
// and"; not "which makes Ada's job easier", where "makes" says what the
// job becomes).
func possessedGoods(toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word || toks[k].cap || toks[k].is(clsClauseWord) {
		return false
	}
	if k+1 == len(toks) {
		return true
	}
	n := &toks[k+1]
	return n.text == "," || n.text == "." || n.lower == "and" || n.lower == "or"
}
