package actor

// ownerBefore reports whether the word before token k says whose thing
// the noun at k is: a possessive ("Kapoor's firm") or a possessive
// determiner ("his company", "their chain", "our supplier").
// A business noun so owned, then a comma and a name, names the business
// ("Ravi Kapoor's firm, Meridian Insight, found …", "fitted by our
// supplier, Corran Power, in June").
func ownerBefore(toks []tok, k int) bool {
	if k == 0 {
		return false
	}
	t := &toks[k-1]
	switch {
	case isPossessive(t):
		return true
	case !t.word || t.cap:
		return false
	}
	switch t.lower {
	case "his", "her", "their", "its", "our", "my", "your":
		return true
	}
	return false
}
