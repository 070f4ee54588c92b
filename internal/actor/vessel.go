package actor

import "strings"

// Ships and boats are named after people, title and all: "the ferry
// Lady Maud Kell", "the scallop dredger Ada Kell". A name right after a
// vessel's noun, or given to a vessel ("A new ferry … was named Ada
// Kell"), is the vessel's, as an animal's is (animal.go).

// vesselNouns name a ship or a boat. "Launch" and "tender" are left out:
// more often a product's launch and a bid.
var vesselNouns = setOf(`ship vessel ferry trawler dredger yacht liner tanker tug tugboat lifeboat
schooner barge freighter frigate destroyer submarine warship steamer catamaran`)

// vesselName reports whether the name starting at token s is a vessel's:
// right after a vessel noun, maybe with a comma, in a noun phrase opened
// by an article or a possessive determiner with at most two words
// between ("the ferry Lady Maud Kell", "the scallop dredger Ada Kell",
// "its newest lifeboat, Ada Kell,"; not "ferry operator Ada Kell"), or
// after a passive "named" or "called" whose subject is a vessel noun
// earlier in the sentence with no person's noun between ("A new ferry
// for the Velby crossing was named Ada Kell"; not "the ferry's captain
// was named Ada Kell"). A title the rules split off as a role before
// the name may stand between ("the ferry Lady Maud Kell").
func vesselName(toks []tok, s int) bool {
	if s < 2 {
		return false
	}
	k := s - 1
	if t := toks[k]; t.word && t.cap && !t.sentStart && (t.honorific() || rankTitles[t.lower]) {
		k--
	}
	switch toks[k].lower {
	case "named", "called", "christened", "renamed":
		if k < 2 || !passiveAux[toks[k-1].lower] {
			return false
		}
		for i := k - 2; i >= 0 && i >= k-12; i-- {
			t := &toks[i]
			if t.word && !t.cap && vesselNouns[t.lower] {
				return !(i+1 < len(toks) && isPossessive(&toks[i+1])) // not "the ferry's captain"
			}
			if t.sentStart || t.word && !t.cap && (isRoleHeadL(t.lower) || isKinship(t.lower) || personNoun(t.lower)) {
				break
			}
		}
		return false
	case ",":
		k--
	}
	if k < 1 || !toks[k].word || toks[k].cap || !vesselNouns[toks[k].lower] {
		return false
	}
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		d := toks[i].lower
		if d == "the" || d == "a" || d == "an" || possessiveDeterminers[d] {
			return true
		}
		if !toks[i].word || clauseWords[d] {
			return false
		}
	}
	return false
}

// passiveAux before "named" or "called" make it passive: "was named".
var passiveAux = setOf(`is was were be been being`)

// vesselPrefixes stand before a ship's name to say what it is: a motor
// vessel, Her or His Majesty's Ship, a Royal Research Ship ("the MV Ada
// Kell", "HMS Prince Ivo").
var vesselPrefixes = setOf(`MV HMS RRS RMS HMY USS HMAS HMCS HMNZS`)

// vesselPrefixed reports whether the name at token s follows a vessel's
// prefix, maybe with a title the rules split off between: "the MV Lady
// Maud", "HMS Prince Ivo".
func vesselPrefixed(toks []tok, s int) bool {
	k := s - 1
	if k > 0 && titleBefore(&toks[k]) {
		k--
	}
	return k >= 0 && vesselPrefixes[toks[k].text]
}

// vesselMeasures, after a number and a hyphen, give a vessel's length or
// size: "the 28-metre Lady Maud", "the 2,900-passenger Ada Kell".
var vesselMeasures = setOf(`metre metres meter foot feet ft tonne tonnes ton tons passenger berth cabin gun`)

// measuredVessel reports whether the name at token s follows "the" or
// "a" and one measure of a vessel, a number joined by a hyphen to its
// unit ("the 14-metre Ada Kell"; not "the 64-year-old Ada Kell", whose
// years are a person's). A title split off may stand between.
func measuredVessel(toks []tok, s int) bool {
	k := s - 1
	if k > 0 && titleBefore(&toks[k]) {
		k--
	}
	if k < 1 || toks[k].cap || !toks[k].word {
		return false
	}
	n, unit, ok := strings.Cut(toks[k].lower, "-")
	if !ok || !isNumber(n) || !vesselMeasures[unit] {
		return false
	}
	if k >= 3 && toks[k-1].text == "," && isNumber(toks[k-2].text) {
		k -= 2 // "the 2,900-passenger": the thousands apart
	}
	d := toks[k-1].lower
	return d == "the" || d == "a" || d == "an"
}

// vesselParts are a vessel's crew and parts, which no person has: "the
// Lady Maud's skipper", "the Countess Ada's hull".
var vesselParts = setOf(`skipper helmsman hull mast masts bow stern deck decks keel rudder moorings`)

// vesselOwning reports whether m, a name opening with a title of rank,
// is followed by a possessive and a vessel's part or crew: "Lady Maud's
// skipper, Ada Kell, said". A team has a skipper too, but is not named
// with a title.
func vesselOwning(toks []tok, m *mention) bool {
	e := m.e
	if e+1 >= len(toks) || !isPossessive(&toks[e]) || !vesselParts[toks[e+1].lower] || toks[e+1].cap {
		return false
	}
	return m.hon != "" && rankTitles[strings.ToLower(m.hon)] || rankTitled(m.name)
}
