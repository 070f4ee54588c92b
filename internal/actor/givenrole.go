package actor

// givenNameRole reports whether words[i], a role head noun, opens the
// person's name instead of titling it: the tagger read the whole span as
// a person's, the word is capitalised, no honorific and no title that
// stands before names ("Mayor", "Governor"), the gazetteer knows it as a
// given name, and one surname follows it ("Dean Harker, 31,", "union
// organiser Dean Marchbanks"). A rank or an office written before a
// surname stays a title when the model does not know the word as a given
// name.
func givenNameRole(sp span, words []string, i int) bool {
	if sp.typ != "PER" || sp.rule || len(words)-i-1 != 1 {
		return false
	}
	w := words[i]
	if isHonorific(w) || roleTitles[lowerKey(w)] || len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return givenName(w)
}
