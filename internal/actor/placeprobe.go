package actor

// placeReadHere reports whether m, read as a place by the tagger in its
// sentence, stands where places stand: right after a preposition of
// place other than "in" or "at" ("shoot on Eilean Sgarbh") or after a
// place noun and "of" ("the village of Little Amwell"), on the side of
// a hill or above it ("on the side of Carn Velyn", "the hills above
// Tarrow"; placeabove.go), not before a
// possessive ("on Seth VanDeest's basket"), with no given name the model
// knows opening it. The tagger's reading of the name alone, out of the
// sentence, then says nothing of a person: a name it has never seen
// reads as a person's more often than not. "of" or "to" after any other
// word says nothing of a place ("the health of Gus Frerotte", "the deal
// they gave to Torii Hunter"), nor do "in" and "at", which take people
// as often ("full confidence in Toshiyuki Shiga").
func placeReadHere(d *paraDoc, m *mention) bool {
	toks := d.toks
	if m.typ != "LOC" || len(m.name) == 0 || m.s == 0 || givenName(m.name[0]) {
		return false
	}
	if m.e < len(toks) && isPossessive(&toks[m.e]) {
		return false
	}
	switch l := toks[m.s-1].lower; {
	case l == "on" || l == "near" || l == "across" || l == "around" || l == "outside" || l == "inside" || l == "throughout":
		return true
	case l == "of":
		return m.s >= 2 && (placeNouns[toks[m.s-2].lower] || ofPlaceNouns[toks[m.s-2].lower]) || sideOf(toks, m.s-1, m)
	}
	if overGround(toks, m.s) {
		return true // "the hills above Carn Velyn" (placeabove.go)
	}
	return false
}
