package actor

// surnamePlaceHeads end the names of places, grounds and buildings and are
// surnames too ("Notting Hill" but "Damon Hill", "Hanover Yard"), too
// common as surnames to count for a place on their own (weakPlaceHeads,
// placeHeads).
var surnamePlaceHeads = setOf(`hill hall wood green park yard heath field fields cross gate end
common gardens grove`)

// surnamePlace reports whether m, a name of two words ending in a
// surnamePlaceHeads word, with no given name the model knows, no initial
// and no title first, stands right after a preposition of place, not
// before a possessive: the place ("a flat in Notting Hill"). A given
// name first, a work's context ("starring in Lantern Hill", weighed by
// the caller) or any other context leaves it to the rest of the
// evidence.
func surnamePlace(toks []tok, m *mention) bool {
	if len(m.name) != 2 || !weakHead(m.name, surnamePlaceHeads) || m.s == 0 || !placePrepositions[toks[m.s-1].lower] {
		return false
	}
	return !(m.e < len(toks) && isPossessive(toks[m.e]))
}
