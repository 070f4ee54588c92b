package actor

import "slices"

// Restaurants, pubs, shops and brands are named after people with the
// possessive ending as part of the name: "Ada Kell's, the Corran dining
// room,", "One of Velby's oldest pubs, Tam Orr's, has been sold". A
// possessive that owns nothing because an apposition or a participle
// follows its comma, describing what the name is, makes the name a
// business's (possessiveNames), even for a name of two or three words
// shaped like a person's, which possessiveNames otherwise keeps ("The
// film is Ada Kell's."), and for a given name the tagger read as a place
// ("sales of Tilly's had held up").

// venueOpeners, after the comma that follows a possessive, open a
// description of the place itself: an article ("Ada's, the dining
// room"), a participle ("Ada's, named after"), a preposition of place
// ("Ada's, on the edge of the moor").
var venueOpeners = setOf(`the a an named run owned opened founded on in near off opposite beside
overlooking`)

// venueCandidate reports whether m, which possessiveCandidate rules out,
// may still carry a possessive ending as part of its name: a name of two
// or three words read as a person's, or a given name alone that the
// tagger read as a place and the gazetteer does not know as one.
func venueCandidate(m *mention) bool {
	switch {
	case m.kind == Person && len(m.name) >= 2 && len(m.name) <= 3:
		return allNameLike(m.name)
	case m.typ == "LOC" && len(m.name) == 1:
		return givenName(m.name[0]) && !slices.Contains(knownTypes(m.name[0]), "LOC")
	}
	return false
}

// venueAfterOwner reports whether the possessive before token i, ending the
// name that starts at token s, owns nothing because a comma and a
// description of the named place follow it (venueOpeners: "Ada Kell's,
// the Corran dining room,"), or because the name stands in apposition
// between commas before a verb ("pubs, Tam Orr's, has been sold").
func venueAfterOwner(toks []tok, s, i int) bool {
	if i+1 >= len(toks) || toks[i].text != "," || !toks[i+1].word || toks[i+1].cap {
		return false
	}
	if venueOpeners[toks[i+1].lower] {
		return true
	}
	return s > 0 && toks[s-1].text == "," && afterOwner[toks[i+1].lower] && !toks[i+1].is(clsLinkWord)
}
