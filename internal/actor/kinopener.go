package actor

// kinOpeners are plural nouns of kin that open a sentence before the
// names they introduce ("Siblings Aoife and Ciaran Breen won", "Parents
// Emeka and Ngozi Okafor said"); the tagger sometimes takes the noun into
// the first name, which no plural noun of kin is part of.
var kinOpeners = setOf(`siblings sisters brothers sons daughters cousins parents children twins
grandchildren grandparents`)

// kinOpener reports whether t, opening its sentence, is one of
// kinOpeners.
func kinOpener(t *tok) bool {
	return t.sentStart && t.word && kinOpeners[t.lower]
}

// trimKinOpener drops a kin opener from the front of every person span
// of two words or more that the tagger read with it.
func trimKinOpener(d *paraDoc, spans []span) {
	for i := range spans {
		sp := &spans[i]
		if sp.typ == "PER" && sp.e-sp.s >= 2 && kinOpener(&d.toks[sp.s]) && d.toks[sp.s+1].word && d.toks[sp.s+1].cap {
			sp.s++
		}
	}
}
