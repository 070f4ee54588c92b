package actor

// A name that opens its sentence before a plural verb of what bands,
// teams and companies do is a group, even one shaped like a person's
// (teamVerb, kindcue.go, leaves those out of "have", "are" and "were",
// where a slip is likelier): "Tobin Reef play Bristol, Leeds and Glasgow
// in March", "Tobin Reef release their second album". One person plays,
// tours and releases.

// groupVerbs are plural present forms that differ from the singular
// and that groups do.
var groupVerbs = setOf(`play tour headline release perform deserve return reunite`)

// bandVerb reports whether the name m opens its sentence and is followed
// by a groupVerbs word in lower case and then a word: a capitalised
// name, an article, a possessive determiner or a number ("play Leeds",
// "release their", "deserve a").
func bandVerb(toks []tok, m *mention) bool {
	e := m.e
	if m.s >= len(toks) || !toks[m.s].sentStart || e+1 >= len(toks) || toks[e].cap || !groupVerbs[toks[e].lower] {
		return false
	}
	n := &toks[e+1]
	return n.word && (n.cap && !n.sentStart || n.lower == "a" || n.lower == "an" || n.lower == "the" || n.is(clsPossessiveDet) || isNumber(n.text))
}
