package actor

// A name after "his native", "her native" or "their native" is where
// someone was born or grew up: a place, even one that is a surname too
// ("Jol, who has coached in his native Holland"). A language after the
// same words ("speaking her native Welsh") is left to the tagger, which
// reads it as neither a person nor a place.

// nativePlace reports whether the name starting at token s follows a
// possessive determiner and "native" in lower case.
func nativePlace(toks []tok, s int) bool {
	return s >= 2 && toks[s-1].lower == "native" && !toks[s-1].cap && toks[s-2].is(clsPossessiveDet)
}
