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
// evidence. A name ending in a streetEventHeads word is a street's after
// such a preposition, "on" or "along", a given name first or not ("a
// shop on Velma Parade").
func surnamePlace(toks []tok, m *mention) bool {
	if m.s > 0 && len(m.name) >= 2 && inSetFold(streetEventHeads, m.name[len(m.name)-1]) && (toks[m.s-1].is(clsPlacePreposition) || toks[m.s-1].lower == "on" || toks[m.s-1].lower == "along") {
		return !(m.e < len(toks) && isPossessive(&toks[m.e])) // "a shop on Velma Parade", a given name first or not
	}
	if len(m.name) != 2 || !weakHead(m.name, surnamePlaceHeads) || m.s == 0 || !toks[m.s-1].is(clsPlacePreposition) {
		return false
	}
	return !(m.e < len(toks) && isPossessive(&toks[m.e]))
}

// streetEventHeads end the names of streets and of events ("Velma
// Parade", "the Lantern Parade"), no person's: a street's after a
// preposition of place, "on" or "along".
var streetEventHeads = setOf(`parade`)

// landformHeads end the names of places of the land ("Wensdale Vale",
// "Corran Ridge", "Striding Gill", "Tarrow Meads") and are surnames
// too, rarer than surnamePlaceHeads but common enough that the story's
// own use must agree.
var landformHeads = setOf(`vale ridge edge gill meads`)

// landformName reports whether m, a name the tagger read as a person's
// ending in a landformHeads word with no given name the model knows, no
// initial and no title first, is a place's by its head (a club's name
// the tagger read as a body's stays one: "Port Tarrow Vale"): nothing said of a person at the mention (no
// role; person evidence but a later pronoun), the last word never used
// alone as a name in the story ("Vale's manager" says a surname;
// plainwords.go usedAlone) and the first never written apart from it
// ("Tamsin said" says a given name).
func (st *story) landformName(m *mention) bool {
	if m.typ != "PER" || !weakHead(m.name, landformHeads) || len(m.roles) > 0 || m.pev > m.weakPev {
		return false
	}
	first, last := m.name[0], m.name[len(m.name)-1]
	return !st.usedAlone(first, last) && !st.usedBefore(first, last)
}

// usedBefore reports whether the story writes first with a capital
// inside a sentence anywhere but right before last: a given name used
// alone ("Tamsin said" beside "Tamsin Vale").
func (st *story) usedBefore(first, last string) bool {
	for _, d := range st.docs {
		for k := range d.toks {
			t := &d.toks[k]
			if t.text != first || t.sentStart && st.lower[t.lower] {
				continue
			}
			if k+1 >= len(d.toks) || d.toks[k+1].text != last {
				return true
			}
		}
	}
	return false
}
