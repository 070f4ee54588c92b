package actor

import (
	"slices"
	"strings"
)

// clubList makes a one-word name read as a person's a club's in a list
// of clubs in a sports story: "the gap on Chelsea, Everton and Arsenal",
// "Arsenal or Chelsea". Line-ups list players and clubs together
// ("Kell and Tarrow United"), so the name must be one the gazetteer
// knows as a body's, at least one other item of the list a body (read
// so, or one word the gazetteer knows as a body's), none a person's full
// name, and nothing in the story speak of a person of the
// name: no title, role or rule, no full name bearing the word
// ("Chelsea Marsh", "Ashley Cole").
func (st *story) clubList(list []*mention) {
	bodies := 0
	for _, m := range list {
		switch {
		case m.kind == Org || len(m.name) == 1 && slices.Contains(knownTypes(m.name[0]), "ORG"):
			bodies++
		case m.kind == Person && len(m.name) > 1:
			return
		}
	}
	if bodies < 2 {
		return
	}
	for _, m := range list {
		if m.kind != Person || len(m.name) != 1 || m.hon != "" || m.rule || len(m.roles) > 0 ||
			!slices.Contains(knownTypes(m.name[0]), "ORG") || st.personEvidence(m) || st.inFullName(m.name[0]) {
			continue
		}
		st.rekind(m.nameKey(), Person, Org)
	}
}

// inFullName reports whether a name of two words or more that the story
// reads as a person's bears the word w.
func (st *story) inFullName(w string) bool {
	for _, o := range st.mentions {
		if o.kind != Person && o.typ != "PER" || len(o.name) < 2 {
			continue
		}
		if slices.ContainsFunc(o.name, func(x string) bool { return strings.EqualFold(x, w) }) {
			return true
		}
	}
	return false
}

// workList makes a one-word name read as a person's a work in a list of
// works ("The Aviator, Million Dollar Baby and Sideways" read with two
// films known): at least one other item is a work (kind other) of two
// words or more (a line-up's lone surnames come out of any kind: "Nash,
// Kell (Pike 82), …") and none a person's or a body's, the name is no given name and the gazetteer knows
// it as no person's, and nothing in the story speaks of a person of the
// name.
func (st *story) workList(list []*mention) {
	works := 0
	for _, m := range list {
		switch {
		case m.kind == Other && len(m.name) > 1:
			works++
		case m.kind == Org || m.kind == Person && len(m.name) > 1:
			return
		}
	}
	if works == 0 {
		return
	}
	for _, m := range list {
		if m.kind != Person || len(m.name) != 1 || m.hon != "" || m.rule || len(m.roles) > 0 || givenName(m.name[0]) ||
			slices.Contains(knownTypes(m.name[0]), "PER") || st.personEvidence(m) || st.inFullName(m.name[0]) {
			continue
		}
		st.rekind(m.nameKey(), Person, Other)
	}
}

// suchAsWorks names kinds of works in the plural, whose examples follow
// "such as": "arcade classics such as …", "films such as …".
var suchAsWorks = setOf(`classics games films movies titles songs hits albums singles shows series
franchises books novels programmes musicals plays`)

// suchAsList makes the names read as people's in a list of examples of
// works ("arcade classics such as Velmo Raiders, Pac-Velmo and Quillfire")
// works, kind other, but for a name opening with a given name or a title
// (a game named after a player, "Ada Kell Golf") and one the story
// speaks of as a person's elsewhere.
func (st *story) suchAsList(list []*mention) {
	first := list[0]
	toks := st.doc(first.para).toks
	s := first.s
	if s < 3 || toks[s-1].lower != "as" || toks[s-2].lower != "such" || !suchAsWorks[toks[s-3].lower] {
		return
	}
	for _, m := range list {
		if m.kind != Person || m.hon != "" || m.rule || len(m.roles) > 0 || givenName(m.name[0]) ||
			len(m.name) == 1 && slices.Contains(knownTypes(m.name[0]), "PER") || st.personEvidence(m) {
			continue
		}
		st.rekind(m.nameKey(), Person, Other)
	}
}
