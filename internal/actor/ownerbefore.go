package actor

// ownerBefore reports whether the word before token k says whose thing
// the noun at k is: a possessive ("Kapoor's firm") or a possessive
// determiner ("his company", "their chain"). A business noun so owned,
// then a comma and a name, names the business ("Ravi Kapoor's firm,
// Meridian Insight, found …").
func ownerBefore(toks []tok, k int) bool {
	if k == 0 {
		return false
	}
	t := toks[k-1]
	return isPossessive(t) || t.word && !t.cap && (t.lower == "his" || t.lower == "her" || t.lower == "their" || t.lower == "its")
}
