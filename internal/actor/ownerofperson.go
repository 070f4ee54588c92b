package actor

// bodyOwnsPerson reports whether m, a name of two words or more with no
// title, no role and no given name first, stands before a possessive
// and a person's full name the tagger read, opening with a given name:
// "Love Villa's Bella Nkemelu", "Led Zeppelin's Jimmy Page". What a full
// name is said to belong to is a club, a show, a firm or a band; people
// are not written as one another's possessions. A title running on past
// the name is an author's work ("Susanna Clarke's Jonathan Strange and
// Mr Norrell"). The caller asks only of names the tagger read as a
// person's: a play's ("The History Boys' Samuel Barnett") is left alone.
func bodyOwnsPerson(d *paraDoc, m *mention) bool {
	if len(m.name) < 2 || m.hon != "" || len(m.roles) > 0 || givenName(m.name[0]) {
		return false
	}
	toks, e := d.toks, m.e
	if e+1 >= len(toks) || !isPossessive(&toks[e]) {
		return false
	}
	for _, sp := range d.spans {
		if sp.s == e+1 && sp.typ == "PER" && sp.e-sp.s > 1 && givenName(toks[sp.s].text) {
			return !titleGoesOn(toks, sp.e)
		}
	}
	return false
}
