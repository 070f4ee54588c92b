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
// plural form of "have" or "be", or by ", who" and one (see above).
func pluralSubject(toks []tok, m *mention) bool {
	if len(m.name) != 1 || m.e >= len(toks) {
		return false
	}
	k, relative := m.e, false
	if toks[k].text == "," {
		k++
	}
	if k < len(toks) && toks[k].lower == "who" {
		k, relative = k+1, true
	}
	if k >= len(toks) || !toks[k].word || toks[k].cap || !haveBePlural[toks[k].lower] {
		return false
	}
	if k+1 < len(toks) && toks[k+1].lower == "you" {
		return false // "Ada, are you there?"
	}
	if !relative && k > m.e {
		return false // "Ada, have a look"
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
