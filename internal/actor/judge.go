package actor

import "strings"

// judgeTitle returns the title of a High Court or appeal judge when the
// token at j is "Justice" after "Mr", "Mrs", "Ms", "Lord" or "Lady" ("Mr
// Justice", "Lady Justice"), else "". British papers name such a judge by
// the title and the surname alone ("Mr Justice Armitage said"), and the
// title is then part of the name, as a peer's is ("Lord Sugar"): the bare
// surname would be any Armitage. With a given name the title goes like
// any other ("Mrs Justice Ada Kell" is Ada Kell; see canonicalTitle).
//
// The plural, "Lord Justices Harrow and Pell", titles each judge listed
// after it as the singular does one (andtitle.go).
func judgeTitle(toks []tok, j int) string {
	if j < 1 || toks[j].text != "Justice" && toks[j].text != "Justices" {
		return ""
	}
	k := j - 1
	if toks[k].text == "." && k > 0 {
		k--
	}
	switch h := strings.TrimSuffix(toks[k].text, "."); h {
	case "Mr", "Mrs", "Ms", "Lord", "Lady":
		if toks[k].word {
			return h + " Justice"
		}
	}
	return ""
}
