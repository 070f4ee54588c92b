package actor

// A one-word name in the possessive right before a person's full name
// ("Xbox's Peter Moore", "Corran's Ada Kell scored") is the body the
// person belongs to, a firm, a club or a service: people are not written
// as belonging to another person so.

// bodyOfPerson reports whether m, one word the tagger read as a
// person's, stands in the possessive right before a given name and a
// capitalised word; a given name ("Ada's Tom Kell") is left alone.
func bodyOfPerson(toks []tok, m *mention) bool {
	e := m.e
	if len(m.name) != 1 || m.typ != "PER" || m.hon != "" || givenName(m.name[0]) || e+2 >= len(toks) || !isPossessive(&toks[e]) {
		return false
	}
	g, s := toks[e+1], toks[e+2]
	return g.word && g.cap && givenName(g.text) && s.word && s.cap && !isPossessive(&s)
}
