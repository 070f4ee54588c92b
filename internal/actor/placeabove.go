package actor

// A place is seen from or lies against the land: "rented land above
// Lampridge", "a cottage overlooking Tarrow", "on the side of Carn
// Velyn". People are not above or below a farm, nor have sides that
// walkers shelter on.

// overWords put what follows above, below or in view of the noun
// before them.
var overWords = setOf(`above below beneath overlooking`)

// groundNouns are the land, the buildings and the high ground that lie
// above, below or overlooking a place: "land above Lampridge", "the
// hills overlooking Tarrow", "a farm above the village".
var groundNouns = setOf(`land farmland fields farm farms hill hills hillside hillsides fell fells
moor moors moorland crags cliff cliffs ridge ridges woods woodland forest valley slopes house houses
cottage cottages villa hotel castle church estate terrace gardens village hamlet town road path
track lane quarry`)

// overGround reports whether the name starting at token s follows a
// ground noun in lower case and a word of overWords, maybe with "high"
// or "just" between ("the hills high above Tarrow"): the name is a
// place.
func overGround(toks []tok, s int) bool {
	k := s - 1
	if k < 1 || !overWords[toks[k].lower] {
		return false
	}
	k--
	if toks[k].lower == "high" || toks[k].lower == "just" || toks[k].lower == "far" {
		k--
	}
	return k >= 0 && toks[k].word && !toks[k].cap && groundNouns[toks[k].lower]
}

// sideOf reports whether "of" at token k follows "the side of" (maybe
// "the north side of", "the far side of") with "on", "up" or "down"
// before it, and the name after it, read by the tagger as a place or
// of two words or more opening with no given name the model knows, is the hill or the place
// whose side it is ("sheltering on the side of Carn Velyn"), not the
// party a person takes ("came down on the side of Ivo Marsh").
func sideOf(toks []tok, k int, m *mention) bool {
	if k < 3 || toks[k].lower != "of" || toks[k-1].lower != "side" || m.typ != "LOC" && (len(m.name) < 2 || givenName(m.name[0])) {
		return false
	}
	j := k - 2
	if toks[j].word && !toks[j].cap && toks[j].lower != "the" && (compassWords[toks[j].lower] || toks[j].lower == "far" || toks[j].lower == "other") {
		j--
	}
	if j < 1 || toks[j].lower != "the" {
		return false
	}
	switch toks[j-1].lower {
	case "on", "up", "down", "along", "across":
		return true
	}
	return false
}
