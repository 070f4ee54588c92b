package actor

// More cues of a vessel named like a person (vessel.go): small craft
// ("a dinghy called Mr Wibble", "her narrowboat, Ada Kell"), a crew
// ("the crew of Molly Tarr, which lost her mast"), and a name given with
// "the" ("will be named the Princess Wenna"): a person is named or
// called without an article, a ship, a train or a building with one.

// smallCraft are boats vesselNouns leaves out.
var smallCraft = setOf(`dinghy dinghies narrowboat sloop ketch yawl cruiser canoe kayak`)

// moreVessel reports whether the name m is a vessel's by a cue of this
// file, or, with a title the rules split off as a role before it, the
// name with its title is.
func moreVessel(toks []tok, m *mention) bool {
	s, _ := titleStart(toks, m)
	return smallCraftName(toks, s) || crewOf(toks, s) && !(m.e < len(toks) && isPossessive(&toks[m.e])) || namedThe(toks, m, s)
}

// smallCraftName reports whether a smallCraft noun in lower case stands
// right before the name at s (maybe with a comma) after an article or a
// possessive determiner, or at most four words before "called" or
// "named" right before it.
func smallCraftName(toks []tok, s int) bool {
	k := s - 1
	if k < 1 {
		return false
	}
	if w := toks[k].lower; w == "called" || w == "named" {
		for i := k - 1; i >= 0 && i >= k-4; i-- {
			if toks[i].word && !toks[i].cap && smallCraft[toks[i].lower] {
				return true
			}
			if toks[i].sentStart {
				break
			}
		}
		return false
	}
	if toks[k].text == "," {
		k--
	}
	if k < 1 || !toks[k].word || toks[k].cap || !smallCraft[toks[k].lower] {
		return false
	}
	d := toks[k-1].lower
	return d == "a" || d == "an" || d == "the" || possessiveDeterminers[d]
}

// crewOf reports whether "crew of" in lower case stands right before
// the name at s: a ship or a plane has a crew, a person does not (the
// caller leaves out "the crew of Ada Kell's yacht").
func crewOf(toks []tok, s int) bool {
	return s >= 2 && toks[s-1].lower == "of" && toks[s-2].lower == "crew" && !toks[s-2].cap
}

// namedThe reports whether the name m, starting at s with its title,
// has a title and follows "the" after "named", "called", "christened"
// or "renamed": "will be named the Princess Wenna". A title of place
// ("named the Duke of Velby") is one a person is given.
func namedThe(toks []tok, m *mention, s int) bool {
	if m.ofTitle || s < 2 || toks[s-1].lower != "the" {
		return false
	}
	switch toks[s-2].lower {
	case "named", "called", "christened", "renamed":
		return s < m.s || m.hon != ""
	}
	return false
}
