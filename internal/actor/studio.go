package actor

import "slices"

// Studios and broadcasters are known by their initials and named before
// what they make: "MGM musicals", "an HBO film", "the ITV drama". A name
// in capitals before a kind of film or show is the body that made it; a
// person's or a franchise's name before one ("a Hitchcock film", "a Bond
// film") is written in lower case letters and left alone.

// showNouns are kinds of film and show a studio or broadcaster makes.
var showNouns = setOf(`film films movie movies musical musicals drama dramas sitcom sitcoms miniseries`)

// studioWork reports whether m, one word in capitals of three letters or
// more and no place's initials, stands before a kind of film or show, maybe after "movie" ("MGM
// movie hits").
func studioWork(toks []tok, m *mention) bool {
	w := m.name[0]
	if len(m.name) != 1 || len(w) < 3 || m.e >= len(toks) || toks[m.e].cap || !showNouns[toks[m.e].lower] || !isAllCaps(w) {
		return false
	}
	return !inSetFold(countryAbbreviations, w) && !slices.Contains(knownTypes(w), "LOC") // not "USA films"
}
