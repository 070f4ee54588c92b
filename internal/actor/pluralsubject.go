package actor

// One word that takes a plural verb names a group: a band, a club, a
// firm or a ministry ("Korn have enjoyed chart success", "Now Defra have
// invented a new category", "named by Korn, who are at work on their
// eighth album", "Boro, who are playing in Europe"). One person "has",
// "is" and "was". teamVerb (kindcue.go) asks the name to open a clause;
// this asks only that the verb speak of the name alone: not of a list or
// a pair it closes ("Fat Joe and Nas, who have", "she and sister Venus
// are"), not after an auxiliary that makes the verb an infinitive
// ("would Smith have"), and for a relative clause not after "of", where
// "who" may speak of the head ("the parents of Ada, who were").

// haveBePlural are the present and past forms of "have" and "be" that
// take a plural subject.
var haveBePlural = setOf(`have are were`)

// pluralAuxiliaries, before a name, leave a plural-looking verb after it
// an infinitive or an inversion ("could Ada have", "did Ada have").
var pluralAuxiliaries = setOf(`to do does did will would shall should can could may might must had`)

// pluralSubject reports whether the one-word name m is followed by a
// plural form of "have" or "be", maybe after a short aside (asideEnd) or
// ", who" (see above).
func pluralSubject(toks []tok, m *mention) bool {
	if len(m.name) != 1 || m.e >= len(toks) {
		return false
	}
	k, comma, relative := m.e, false, false
	if a := asideEnd(toks, k); a > k {
		k = a // "Stennack, now 11th, are at home to Harlowe Bridge"
	} else if toks[k].text == "," {
		k, comma = k+1, true
	}
	if k < len(toks) && toks[k].lower == "who" {
		k, relative = k+1, true
	}
	if comma && !relative {
		return false // "Ada, have a look"
	}
	if k >= len(toks) || !toks[k].word || toks[k].cap || !haveBePlural[toks[k].lower] {
		return false
	}
	if k+1 < len(toks) && toks[k+1].lower == "you" {
		return false // "Ada, are you there?"
	}
	for i := m.s - 1; i >= 0 && i >= m.s-2; i-- {
		t := &toks[i]
		switch {
		case t.lower == "and" || t.lower == "or" || t.lower == "nor" || t.lower == "&":
			return false
		case i == m.s-1 && (pluralAuxiliaries[t.lower] || relative && t.lower == "of"):
			return false
		case i == m.s-1 && t.text == "," && relative:
			return false // "Ada, Bea, who are"
		}
	}
	return true
}

// asideWords, inside a short aside after a name, join it to another
// subject or open a clause of its own ("Ada, and Bea, were", "Ada, whose
// parents were"): the verb after the aside is not the name's alone.
var asideWords = setOf(`and or nor with plus along together like as who whom whose which that`)

// asideEnd returns the token after a short aside closed by a comma right
// after the name ending at token e (", now 11th,"), or e when there is
// none: one to three words, none of them an asideWords word.
func asideEnd(toks []tok, e int) int {
	if e >= len(toks) || toks[e].text != "," {
		return e
	}
	for k := e + 1; k < len(toks) && k <= e+4; k++ {
		t := &toks[k]
		switch {
		case t.text == ",":
			if k == e+1 {
				return e
			}
			return k + 1
		case !t.word || asideWords[t.lower]:
			return e
		}
	}
	return e
}
