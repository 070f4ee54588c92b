package actor

// capOf reports whether the words from token e on make the name before
// them the country a player is capped by: "international" or
// "internationals" in lower case, then punctuation, a capitalised word,
// a verb of the player's or a position ("the Tarrow international said",
// "the Corran international striker"), not a noun "international"
// qualifies ("Tarrow international airport"). A person is never someone's
// international.
func capOf(toks []tok, e int) bool {
	if e >= len(toks) || !toks[e].word || toks[e].cap || toks[e].lower != "international" && toks[e].lower != "internationals" {
		return false
	}
	if e+1 >= len(toks) {
		return true
	}
	n := &toks[e+1]
	return !n.word || n.cap || cappedNext[n.lower]
}

// cappedNext may follow "international" said of a player.
var cappedNext = setOf(`said says has had is was who and will would scored played joined signed
striker midfielder defender winger goalkeeper keeper forward full-back centre-back lock prop
flanker hooker scrum-half fly-half centre wing captain player players`)
