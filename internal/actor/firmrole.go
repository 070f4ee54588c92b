package actor

// A firm's officer named in apposition after the firm: "the chief
// executive of Tarrow Water, Ada Kell, was asked …". The name after
// "of" is what the office is held in, a body, and the holder is the
// name after the comma.

// firmOffices end the roles that are held in a business: "the chief
// executive of", "the founder of".
var firmOffices = setOf(`chairman chairwoman boss founder co-founder owner owners shareholders`)

// firmRoleOf reports whether m follows a firm's office and "of" and is
// followed by a comma and a capitalised word, the holder's name: "the
// chief executive of Tarrow Water, Ada Kell,". The office is in lower
// case after "the" or a possessive ("its founder"): "the chairman of",
// "the chief executive of", "the managing director of".
func firmRoleOf(toks []tok, m *mention) bool {
	s := m.s
	if s < 3 || toks[s-1].lower != "of" || m.e+1 >= len(toks) || toks[m.e].text != "," || !toks[m.e+1].word || !toks[m.e+1].cap {
		return false
	}
	k := s - 2
	r := toks[k]
	if !r.word || r.cap {
		return false
	}
	switch {
	case firmOffices[r.lower]:
	case r.lower == "executive" && toks[k-1].lower == "chief", r.lower == "director" && toks[k-1].lower == "managing":
		k--
	default:
		return false
	}
	if k < 1 || toks[k].cap {
		return false
	}
	d := toks[k-1].lower
	return d == "the" || d == "a" || possessiveDeterminers[d]
}
