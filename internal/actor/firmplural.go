package actor

// firmPlurals are plural nouns of the professions that work as firms:
// right before a name of one body they name its trade ("consultants
// Trevose Geoscience", "auditors Lindqvist Marr", "estate agents
// Foxtons"), as no one person is called in the plural.
var firmPlurals = setOf(`consultants consultancies lawyers solicitors auditors accountants advisers
advisors brokers stockbrokers architects surveyors agents valuers actuaries headhunters pollsters`)

// firmPlural reports whether the word at token k, right before the name
// m, is a firmPlurals noun in lower case with no "fellow" before it, and
// the name lists no one else after it ("lawyers Ada Kell and Tom Pryce"
// are two people).
func firmPlural(toks []tok, k int, m *mention) bool {
	if k+1 != m.s || toks[k].cap || !firmPlurals[toks[k].lower] || k > 0 && toks[k-1].lower == "fellow" {
		return false
	}
	e := m.e
	return e+1 >= len(toks) || !(toks[e].lower == "and" || toks[e].text == ",") || !toks[e+1].cap
}

// firmPluralApposed reports whether the name m stands in apposition
// after a firmPlurals noun in lower case at token k, with a comma between
// and, after it, a comma before a lower-case word, a full stop or the end
// of the paragraph: "The selling agents, Pargeter Lowe, expect",
// "carried out by the pollsters, Brannigan Lowe.". One
// name after a plural noun is the firm, not one of its people; a list
// ("the lawyers, Ada Kell and Tom Pryce,", with or without a comma
// before "and") names people, and so does a
// partitive ("one of the lawyers, Ada Kell,").
func firmPluralApposed(toks []tok, k int, m *mention) bool {
	if k+2 != m.s || toks[k+1].text != "," || toks[k].cap || !firmPlurals[toks[k].lower] {
		return false
	}
	// "The selling agents", "the pollsters": not "one of their lawyers,
	// Ada Kell", one of them.
	d := k - 1
	if d > 0 && toks[d].word && !toks[d].cap && toks[d].lower != "the" {
		d-- // "selling"
	}
	if d < 0 || toks[d].lower != "the" || d > 0 && toks[d-1].lower == "of" {
		return false
	}
	e := m.e
	return e >= len(toks) || toks[e].text == "." || toks[e].text == "," && e+1 < len(toks) && toks[e+1].word && !toks[e+1].cap && !listJoiners[toks[e+1].lower]
}

// listJoiners after a comma go on with a list ("The lawyers, Ada Kell,
// and Tom Pryce, said"), whose names are people.
var listJoiners = setOf(`and or`)

// ofPerson reports whether "of" at token k follows a person's name of
// two words or more the tagger read or a rule found, so that the name
// after it is where the person works or comes from, a body or a place,
// no person: "analyst Bethany Quarrie of Holt Garnett". The caller
// leaves out places the tagger read ("Ada Kell of Leeds") and a name
// before a possessive, which the person speaks of ("said Ada Kell of
// Novo's punishment").
func ofPerson(d *paraDoc, k int) bool {
	return k >= 2 && d.toks[k].lower == "of" && d.inPerson(k-1) && d.inPerson(k-2) && d.toks[k-1].word && d.toks[k-2].word
}
