package actor

// closesNameList reports whether the name starting at token s closes a
// list of names with "and" after a comma-separated name ("Sony, IBM and
// Toshiba, who"): a "who" after it speaks of the whole list, no sign
// that this one name is a person's.
func closesNameList(toks []tok, s int) bool {
	if s < 4 || toks[s-1].lower != "and" || !toks[s-2].cap || !toks[s-2].word || toks[s-2].sentStart {
		return false
	}
	for k := s - 3; k >= 0 && k >= s-6; k-- {
		if toks[k].text == "," {
			return k > 0 && toks[k-1].cap
		}
		if !toks[k].cap {
			return false
		}
	}
	return false
}
