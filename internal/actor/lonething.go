package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// A one-word name the tagger read as a person's, when the story names no
// person of that name in full and gives no title, is often a piece of a
// thing's name the tagger cut short, or a thing used as a noun of its own.

// loneThing reports whether the bare one-word person mention m of d
// names a thing: a body's or a place's head noun standing alone ("16
// Premier League matches" tagged as "League"), the end of a longer name
// whose first word is an ordinary word written with a capital ("Sports
// Agenda understands"), or a possessive that stands for a shop, a
// restaurant or a house after a preposition of place ("dined at Scott's
// in Mayfair").
func (st *story) loneThing(d *paraDoc, m *mention) bool {
	w := m.name[0]
	if isAllCaps(w) {
		return false // a shouted headline says nothing of how a word is used
	}
	if possessivePlace(d.toks, m.s, m.e) {
		return true
	}
	if givenName(w) {
		return false // "Veterans Simon and Garfunkel", "Bill said"
	}
	return headBits(w) != 0 || st.cutShort(d.toks, m.s) || credit(d, m.s, m.e) || addressPart(d, m.s, m.e) || theNationality(d.toks, m.s)
}

// credit reports whether the name at tokens [s, e) opens a list in
// brackets right after a person's name, as the works or clubs a person
// is known for are given: "Connie Nielsen (Gladiator, Wonder Woman)";
// not a scorer with a minute ("(Hale 45)"), nor the surname of a given
// name in a quote ("Eddie (O'Sullivan) was very calm").
func credit(d *paraDoc, s, e int) bool {
	toks := d.toks
	if s < 3 || toks[s-1].text != "(" || !d.persons[s-2] || !d.persons[s-3] || e >= len(toks) {
		return false
	}
	return toks[e].text == "," || toks[e].text == ")"
}

// addressPart reports whether the name at tokens [s, e) stands between
// commas after the name of a building or a place and before "in" or
// "near" a place: "at St James' Church, Sevenhampton, in Wiltshire".
func addressPart(d *paraDoc, s, e int) bool {
	toks := d.toks
	if s < 2 || e+2 >= len(toks) || toks[s-1].text != "," || !d.covered[s-2] || d.persons[s-2] || toks[e].text != "," {
		return false
	}
	n := &toks[e+1]
	return (n.lower == "in" || n.lower == "near") && toks[e+2].cap
}

// theNationality reports whether "the" and a nationality adjective stand
// before the name at token s: a paper, a team or a product ("the Scottish
// Herald") rather than a person, whose given name would be written.
func theNationality(toks []tok, s int) bool {
	return s >= 2 && toks[s-1].cap && isNationalityL(toks[s-1].lower) && toks[s-2].lower == "the"
}

// cutShort reports whether the name starting at token s follows,
// with nothing between, a capitalised ordinary word that the tagger left
// out of it: a noun or an adjective the lexicon or the story writes in
// lower case ("Sports Agenda", "Fashion Week"), not a title, a role,
// a nationality, a surname's particle ("De Gea"), a given name or a
// word that opens clauses ("When Hale arrived").
func (st *story) cutShort(toks []tok, s int) bool {
	if s == 0 {
		return false
	}
	t := &toks[s-1]
	if !t.word || !t.cap || isAllCaps(t.text) {
		return false
	}
	l := t.lower
	// Not noiseName: the adjectives that open offices ("Sports", "Health")
	// also open the names of things.
	if isNoiseL(l) || commonCapitalised[l] || isRoleNounL(l) || clauseWords[l] || afterNounWords[l] || parties[l] != "" ||
		isKinship(l) || particles[l] || givenName(t.text) || strings.HasSuffix(l, "ly") || strings.HasSuffix(l, "ing") {
		return false
	}
	// An ordinary word, or one the lexicon writes both ways ("Sports")
	// that it knows as no person's name.
	return st.ordinaryWord(l) || wordCasing(l) == nlp.CasingMixed && !slices.Contains(knownTypes(t.text), "PER")
}

// possessivePlace reports whether the name at tokens [s, e) is a
// possessive standing for a place after a preposition of place: "at
// Scott's in Mayfair", "dinner at Annabel's." — not "at Hale's request".
func possessivePlace(toks []tok, s, e int) bool {
	if s == 0 || e >= len(toks) || !isPossessive(&toks[e]) || !venuePrepositions[toks[s-1].lower] {
		return false
	}
	if e+1 >= len(toks) {
		return true
	}
	n := &toks[e+1]
	return !n.word || n.sentStart || n.is(clsPlacePreposition) || n.lower == "on" || n.lower == "last" || n.lower == "for"
}

// venuePrepositions stand before a place one goes to or is at.
var venuePrepositions = setOf(`at to outside inside near`)

// weakPlaceHeads end the names of places, grounds, houses and lakes but
// are also surnames, if rare ones ("Bramall Lane" but "Nathan Lane",
// "Harbottle Tower", "Beechwood Lodge", "Malham Tarn"): they count
// for a place only when the name does not open with a given name or an
// initial. Common surnames that end place names too ("Hill", "Hall",
// "Wood", "Green") are left out: a given name the lexicon does not know
// ("Conleth Hill") would too often make a person a place.
var weakPlaceHeads = setOf(`lane creek flats mill water moor fold lodge tower tarn`)

// weakPlaceHead reports whether name ends in a weakPlaceHeads word and
// opens with no given name or initial: "Bramall Lane", "Sowerby Flats",
// not "Jerry Hall" or "R. Wood".
func weakPlaceHead(name []string) bool { return weakHead(name, weakPlaceHeads) }

// weakFirmHeads end mining firms' names ("Tarnside Gold", "Corran
// Lithium") and people's only after a given name ("Adam Silver").
var weakFirmHeads = setOf(`gold silver copper lithium uranium nickel zinc cobalt platinum graphite`)

// weakFirmHead reports whether name ends in a weakFirmHeads word and
// opens with no given name or initial.
func weakFirmHead(name []string) bool { return weakHead(name, weakFirmHeads) }

// weakHead reports whether name ends in a word of heads and opens with no
// given name, initial or title.
func weakHead(name []string, heads map[string]bool) bool {
	if len(name) < 2 || !inSetFold(heads, name[len(name)-1]) {
		return false
	}
	f := name[0]
	return len(f) > 2 && !strings.HasSuffix(f, ".") && !isAllCaps(f) && !givenName(f) && !isHonorific(f)
}
