package actor

// ownAcronym reports whether a name the tagger read as a person's or a
// body's is followed by its own initials in brackets: "the Northern Grid
// Partnership (NGP)", "Hewlett Packard (HP)". Bodies are introduced so,
// to be called by their initials later; people are not. Names read as
// places or things are left alone: "the Democratic Republic of Congo
// (DRC)" stays a place, "Liquid Crystal Display (LCD)" a thing, and so
// do names ending in a document's or an event's noun ("the Endangered
// Species Act (ESA)"). The name must
// be of two words or more and not open with a given name ("Lyndon Baines
// Johnson (LBJ)" stays a person), and the bracket must hold the name's
// initials in capitals and nothing else.
func ownAcronym(toks []tok, m *mention) bool {
	e := m.e
	if m.typ != "PER" && m.typ != "ORG" || m.hon != "" || len(m.name) < 2 || givenName(m.name[0]) {
		return false
	}
	if e+2 >= len(toks) || toks[e].text != "(" || toks[e+2].text != ")" {
		return false
	}
	if headBits(m.name[len(m.name)-1])&(documentHead|eventHead) != 0 {
		return false
	}
	a := toks[e+1].text
	return len(a) >= 2 && isAllCaps(a) && spells(m.name, a)
}
