package actor

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
	if t := toks[k]; t.word && t.cap && !t.sentStart && (isHonorific(t.text) || rankTitles[t.lower]) {
		k--
	}
	switch toks[k].lower {
	case "named", "called", "christened", "renamed":
		if k < 2 || !passiveAux[toks[k-1].lower] {
			return false
		}
		for i := k - 2; i >= 0 && i >= k-12; i-- {
			t := toks[i]
			if t.word && !t.cap && vesselNouns[t.lower] {
				return !(i+1 < len(toks) && isPossessive(toks[i+1])) // not "the ferry's captain"
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
