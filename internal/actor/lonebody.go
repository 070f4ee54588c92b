package actor

import (
	"slices"
	"strings"
)

// A one-word name the tagger reads as a person's in one sentence and the
// context reads as a thing in another ("between Arsenal and Chelsea",
// "the Chelsea area", "Chelsea appeared unruffled") is one name with one
// kind. When the story says nothing of a person of that name (no title,
// role, age or pronoun, no full name ending or opening with it) and some
// mention speaks of a thing, or the tagger itself reads one mention as an
// organisation's ("analysts Corvane" then "Corvane said"; not before a
// possessive, which it often takes for a firm's), the person readings are
// the tagger's guess from a given name or a name it has not seen: the
// name is a thing, and a thing that acts where a person would (the
// tagger's person readings) is a body. Likewise a one-word name the
// tagger reads as a place's, never used as a place, is the body its
// other mentions speak of (placeless).

// bodyCue returns how strongly mention m's own context reads it as a
// body or another thing, not a place: its organisation and other-thing
// evidence, and one for a person reading used as a noun's qualifier
// after "the" ("the Chelsea area").
func (m *mention) bodyCue() int {
	c := m.oev + m.xev
	if m.det {
		c++
	}
	return c
}

// loneBody reports whether the one-word name key of a tally v, read as a
// person's by most votes, is a thing by its cues: no rule or evidence of
// a person, an organisation reading of the tagger's (two in a match
// report) or cues of a body or a thing (a place's alone may be a
// person's whereabouts: "believe in God") adding up to two or more with
// those of a place, and no several-word person of the story bearing the
// word.
func (st *story) loneBody(key string, v *kindTally) bool {
	if v.rule || v.personEv || strings.IndexByte(key, ' ') >= 0 {
		return false
	}
	tags := v.orgTags
	if sportsStory(st.cues) {
		tags-- // a match report's lone surnames are read as clubs now and then
	}
	if tags <= 0 && v.firmHint < 2 && (v.bodyCue == 0 || v.bodyCue+v.placeCue < 2 && !st.unnamedBody(key)) {
		return false
	}
	for _, m := range st.mentions {
		if m.kind != Person && m.typ != "PER" || len(m.name) < 2 {
			continue
		}
		for _, w := range m.name {
			if strings.EqualFold(w, key) {
				return false // "Chelsea Clinton", "Ashley Cole" then "Cole"
			}
		}
	}
	return true
}

// placeless reports whether the one-word name of a tally v, read as
// a place's by most votes, is a body: the model's gazetteer knows it as
// no place, no mention is used as a place is (after "in", "at" or "to",
// before a place noun, beside places in a list), and its mentions' own
// cues of a body and hints of a firm (firmHint) add up to two or more,
// or one beside an organisation reading of the tagger's ("Sony's own disc format", "Sony has
// promised"). A place is where things happen, and a story naming one
// says so somewhere.
func placeless(name []string, v *kindTally) bool {
	if v.rule || v.placeCue > 0 || v.bodyCue+v.firmHint+min(v.orgTags, 1) < 2 || len(name) != 1 {
		return false
	}
	return !slices.Contains(knownTypes(name[0]), "LOC")
}

// firmHint weighs what the words around a one-word mention m of d the
// tagger read as a place say of a firm, for placeless only, as they are
// said of countries too: "it" after a saying verb ("Sony said it
// would"), an office held in it ("Chief Operating Officer of Sony"), a
// product it makes (makerProduct), a business verb it is the subject of
// (actsAsFirm, weighed 1), its making a product (makerAgent); of a
// person's reading, "rival" before a name the gazetteer does not know as
// a person's ("rival Google", rivalBefore) or a club's cues (clubHint). (A
// work the tagger names after its possessive is as often an artist's:
// "Madonna's Like A Virgin".)
func (st *story) firmHint(d *paraDoc, m *mention) int {
	toks := d.toks
	if len(m.name) != 1 {
		return 0
	}
	if m.typ == "PER" {
		if rivalBefore(toks, m.s) && !slices.Contains(knownTypes(m.name[0]), "PER") {
			return 2 // "rival Google"; not "his rival Brown" (standing.go)
		}
		return st.clubHint(d, m)
	}
	if m.typ != "LOC" {
		return 0
	}
	e := m.e
	if e+1 < len(toks) && toks[e].is(clsSayVerb) && toks[e+1].lower == "it" {
		return 2
	}
	if s := m.s; s >= 2 && toks[s-1].lower == "of" && toks[s-2].cap && toks[s-2].is(clsRoleHead) {
		return 2
	}
	if makerProduct(toks, e) {
		return 2 // "Sony's PlayStation 3", "Nokia's N-Gage game phone" (makerhint.go)
	}
	if makerAgent(toks, m.s) {
		return 2 // "a rival format developed by Toshiba" (makerhint.go)
	}
	if actsAsFirm(toks, m.s, e) {
		return 1 // "Toshiba announced", "Napster already offers" (makerhint.go)
	}
	return 0
}

// clubHint weighs a one-word name the tagger read as a person's and the
// gazetteer knows as an organisation's for a club or a firm: a side's
// place in a match ("draw with Chelsea", "against Chelsea", "3-2 to
// Chelsea"), a lead in a competition ("Chelsea's Premiership lead",
// standing.go), a player named after its possessive ("Chelsea's Damien
// Duff"), or "their" or "themselves" later in its clause, before any
// other name ("Chelsea will renew their bid"). It counts for loneBody,
// with no person of the name in the story.
func (st *story) clubHint(d *paraDoc, m *mention) int {
	if !slices.Contains(knownTypes(m.name[0]), "ORG") {
		return 0
	}
	toks := d.toks
	s, e := m.s, m.e
	if sidePosition(toks, s, e) || s >= 2 && toks[s-1].lower == "to" && scoreLike(toks[s-2].text) || standingLead(toks, e) {
		return 2
	}
	if e+1 < len(toks) && isPossessive(&toks[e]) {
		for _, sp := range d.spans {
			if sp.s == e+1 && sp.typ == "PER" && sp.e-sp.s > 1 {
				return 2
			}
		}
	}
	for k := e; k < len(toks) && k < e+8; k++ {
		t := &toks[k]
		if k > e && (t.sentStart || t.cap) || !t.word && t.text != "'s" {
			break
		}
		if t.lower == "their" || t.lower == "themselves" {
			return 2
		}
	}
	return 0
}

// unnamedBody reports whether a one-word name key, with one cue of a body
// or a thing and no evidence of a person, is no person's by the way the
// story names it: not a given name (a person called by one word is most
// often a child or a pet, named by a given name), not a name the model
// knows as a person's, outside a sports story (where players go by their
// surnames alone), and never listed beside a name the tagger reads as a
// person's or opening with a given name ("Wilf and Nancy", "Adam Clayton
// and Bono"). News copy brings
// a person in by a full name or a title; a word that is never either,
// with something said of a body or a thing, is a firm, a band or a title.
func (st *story) unnamedBody(key string) bool {
	if sportsStory(st.cues) {
		return false
	}
	seen := false
	for _, m := range st.mentions {
		if m.nameKey() != key {
			continue
		}
		if !seen && (givenName(m.name[0]) || slices.Contains(knownTypes(m.name[0]), "PER")) {
			return false
		}
		seen = true
		if d := st.doc(m.para); d != nil && (listedWithPerson(d, m) || listHoldsWork(d, m) || st.loneThing(d, m)) {
			return false // "Harbour Glass, Corran Films and Quillwise" may list a work; "St Anne's Church, Ashcombe, in Dorset" is an address (lonething.go)
		}
	}
	return seen
}

// listedWithPerson reports whether a name the tagger reads as a person's,
// or one opening with a given name, stands next to mention m in a list
// (listAdjacent).
func listedWithPerson(d *paraDoc, m *mention) bool {
	for _, sp := range d.spans {
		if (sp.typ == "PER" || givenName(d.toks[sp.s].text)) && listAdjacent(d, m, sp) {
			return true
		}
	}
	return false
}

// listHoldsWork reports whether the list mention m stands in (names
// joined by commas, "and" or "or", listNeighbours) holds a name the
// tagger read as neither a person, a body nor a place, a work, whose
// neighbours may be works too, or a person's full name, whose
// neighbours may be people called by one name ("Anastacia, Ada Kell,
// Maroon 5 and Ludacris").
func listHoldsWork(d *paraDoc, m *mention) bool {
	toks := d.toks
	s, e := m.s, m.e
	for moved := true; moved; {
		moved = false
		for _, sp := range d.spans {
			switch {
			case sp.e < s && joinedBy(toks[sp.e:s]):
				if sp.typ == "MISC" || sp.typ == "PER" && sp.e-sp.s > 1 {
					return true
				}
				s, moved = sp.s, true
			case sp.s > e && joinedBy(toks[e:sp.s]):
				if sp.typ == "MISC" || sp.typ == "PER" && sp.e-sp.s > 1 {
					return true
				}
				e, moved = sp.e, true
			}
		}
	}
	return false
}
