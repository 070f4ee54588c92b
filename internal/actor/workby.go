package actor

// A work is credited to its maker with "by": "Dear Mrs Ambler by Ada
// Kell (Tarrow Press, £16.99)", "The Widow Mrs Haverly, by Ivo Marsh,
// had not been seen since 1911". A person's name is not followed so by
// another person's; a title named after a person is.

// workBy reports whether the name of m, read as a person's, is followed
// by "by" (maybe after a comma) and a person's name that closes its
// phrase (punctuation after it: a bracket, a comma, a full stop), so
// that m is a work and the other its maker. Not after a preposition ("a
// portrait of Ivo Marsh by Ada Kell" shows the sitter), and not when the
// maker's name goes on with a possessive ("Ivo Marsh, by Ada Kell's
// account,").
func workBy(d *paraDoc, m *mention) bool {
	toks := d.toks
	if d.persons == nil || m.s > 0 && toks[m.s-1].is(clsPrepositionWord) {
		return false
	}
	k := m.e
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k+1 >= len(toks) || toks[k].lower != "by" || !d.persons[k+1] {
		return false
	}
	j := k + 1
	for j < len(toks) && d.persons[j] {
		j++
	}
	if j-k-1 < 2 {
		return false // a maker named in full
	}
	if j >= len(toks) {
		return true
	}
	switch toks[j].text {
	case "(", ",", ".", ";", ":", ")":
		return true
	}
	return false
}
