package actor

// settlementNouns name a settlement or an island, which no person is:
// "the city of Bandar Abbas", "the port of Tarrow Bay". A constituency or
// an area "of" a person is theirs ("the constituency of Ada Kell"), so
// those nouns need a name with no given name first.
var settlementNouns = setOf(`city town village hamlet port island`)

// settledOf reports whether the noun at token k before "of" names a
// settlement, its name after "of" ending at token e with no possessive
// after it ("the town of Ada Kell's birth" speaks of the person).
func settledOf(toks []tok, k, e int) bool {
	return settlementNouns[toks[k].lower] && !(e < len(toks) && isPossessive(&toks[e]))
}
