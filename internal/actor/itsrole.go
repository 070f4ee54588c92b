package actor

// itsRoleApposed reports whether "its" at token k opens an apposition
// naming a role held in a body: a role head noun, after at most two
// lower-case words, that is no business noun ("Hannah Cowdrey, its duty
// manager for floods,", "Ada Kell, its chief executive,"). The body
// "its" points back to is another; the name is the person holding the
// role, not a body owning something ("Kestrel, its parent company,"
// keeps its evidence).
func itsRoleApposed(toks []tok, k int) bool {
	for i := k + 1; i < len(toks) && i <= k+3; i++ {
		t := toks[i]
		if !t.word || t.cap {
			return false
		}
		if isRoleHeadL(t.lower) {
			return !businessNouns[t.lower]
		}
	}
	return false
}
