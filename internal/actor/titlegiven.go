package actor

import "slices"

// This file holds the rule for a title of office that the model also
// knows as a given name ("Justice", "Dean"). Two words, the title and a
// surname, read as a person's are taken as a given name and a surname
// (givenNameRole: "Dean Harker, 31,"). But a story that writes the word
// before a longer name ("Justice Ravi Prakash Menon granted bail") and
// later before the same surname alone ("Justice Menon said") uses it as
// the title both times: the short form is the same person, titled, not
// someone called Justice Menon.

// titleGivenNames appends to out, once each, "W S" for every word W, a
// role noun the model knows as a given name, that the story writes
// capitalised before two or more name words or initials ending in the
// surname S ("Justice A. B. Menon", "Justice Ravi Menon").
func titleGivenNames(docs []*paraDoc, out []string) []string {
	for _, d := range docs {
		toks := d.toks
		for k := 0; k+2 < len(toks); k++ {
			t := &toks[k]
			if !t.word || !t.cap || t.honorific() || !t.is(clsRoleHead) || !givenName(t.text) {
				continue
			}
			words, last := 0, -1
			for j := k + 1; j < len(toks); j++ {
				if toks[j].text == "." && last == j-1 && isInitial(toks[last].text) {
					continue // "A. B. Menon"
				}
				if !nameWord(toks, j) || !nameLike(toks[j].text) && !isInitial(toks[j].text) {
					break
				}
				words, last = words+1, j
			}
			if words < 2 || isInitial(toks[last].text) {
				continue
			}
			if key := t.text + " " + toks[last].text; !slices.Contains(out, key) {
				out = append(out, key)
			}
		}
	}
	return out
}

// titleFirst reports whether span sp holds two words only, a title and
// a surname the story writes after the same title in a longer name
// (titleGivenNames).
func titleFirst(toks []tok, sp span, full []string) bool {
	if sp.e-sp.s != 2 || !toks[sp.s].word || !toks[sp.s+1].word {
		return false
	}
	return slices.Contains(full, toks[sp.s].text+" "+toks[sp.s+1].text)
}
