package actor

// Towns, halls and regiments are named after a title's holder with the
// possessive: "King's Lynn", "Bishop's Stortford", "Queen's Park". The
// name after the title's possessive is part of such a name, no person:
// no one is called the King's Ada.

// titlePossessed reports whether the name starting at token s follows a
// capitalised title of rank or office and a possessive ("King's Lynn",
// "Bishop's Stortford").
func titlePossessed(toks []tok, s int) bool {
	if s < 2 || !isPossessive(&toks[s-1]) {
		return false
	}
	t := &toks[s-2]
	return t.word && t.cap && (t.honorificClass() == "royal" || t.honorificClass() == "peer" || possessedTitles[t.lower])
}

// possessedTitles, beside royal and peerage titles, name places after
// their holders: "Bishop's Stortford", "Abbot's Langley".
var possessedTitles = setOf(`bishop abbot archbishop priest monk friar saint`)
