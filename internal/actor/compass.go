package actor

// compassBefore reports whether a compass word in lower case stands right
// before token s inside a sentence ("in north London", "south Wales",
// "central Manchester"): it picks out a part of the place named after
// it, so that "who" after the name speaks of people there ("allotment
// holders in north London who say …"), not of a person called London.
// Written with a capital it opens the name itself ("North London", a
// region, or "West Ham", a club).
func compassBefore(toks []tok, s int) bool {
	if s == 0 {
		return false
	}
	t := &toks[s-1]
	return t.word && !t.cap && compassWords[t.lower]
}
