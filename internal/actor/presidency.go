package actor

import (
	"slices"
	"strings"
)

// A government named after its head ("the Marsh administration", "the
// Marsh presidency", "the Marsh White House") and a possessive before a person's own affairs
// ("Marsh's reelection campaign", "Marsh's widow", "Marsh's funeral")
// speak of a person, whom a tagger reading a lone surname often takes for
// a body. A party's, a nationality's, a body's or a place's name keeps
// its kind: "the Labour administration", "the Luxembourg presidency".

// governmentNouns after a name make it the name of the head of a
// government.
var governmentNouns = setOf(`administration presidency`)

// ownAffairs after a possessive are a person's alone (kinship nouns
// count too); "lawyers", "spokesman" or "home" a firm may have.
var ownAffairs = setOf(`aide aides funeral reelection re-election widow widower publicist birthday obituary
presidency administration`)

// headOfGovernment reports whether the name of m stands before a
// government noun or "White House", or, as a possessive, before a
// person's own affairs.
func headOfGovernment(toks []tok, m *mention) bool {
	if len(m.name) > 2 || m.e >= len(toks) {
		return false
	}
	k := m.e
	switch {
	case isPossessive(&toks[k]):
		if k+1 >= len(toks) || toks[k+1].cap || !ownAffairs[toks[k+1].lower] && !toks[k+1].is(clsKinship) {
			return false
		}
	case k+1 < len(toks) && toks[k].text == "White" && toks[k+1].text == "House":
		// "the Marsh White House": a president's
	case toks[k].cap || !governmentNouns[toks[k].lower]:
		return false
	}
	for _, w := range m.name {
		l := strings.ToLower(w)
		if _, party := parties[l]; party || isNationalityL(l) || headBits(w)&orgHead != 0 || slices.Contains(knownTypes(w), "LOC") {
			return false
		}
	}
	return true
}
