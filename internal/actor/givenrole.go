package actor

import "strings"

// givenNameRole reports whether words[i], a role head noun, opens the
// person's name instead of titling it: the tagger read the whole span as
// a person's, the word is capitalised, no honorific and no title that
// stands before names ("Mayor", "Governor"), the gazetteer knows it as a
// given name, and one surname follows it ("Dean Harker, 31,", "union
// organiser Dean Marchbanks"), with no honorific before it ("Mr Justice
// Harrison" is a judge). A rank or an office written before a
// surname stays a title when the model does not know the word as a given
// name. Nor does it when the story writes the word as a title before a
// longer name of the same surname (span.titleFirst).
func givenNameRole(toks []tok, sp span, words []string, i int) bool {
	if sp.typ != "PER" || sp.rule || i != 0 || len(words) != 2 || sp.titleFirst {
		return false
	}
	if k := sp.s - 1; k >= 0 && toks[k].word && isHonorific(strings.TrimSuffix(toks[k].text, ".")) {
		return false // "Mr Justice Harrison", "Lord Justice May": a judge's title
	}
	w := words[i]
	if isHonorific(w) || inSetFold(roleTitles, w) || len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return givenName(w)
}
