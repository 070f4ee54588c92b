package actor

// placeNamed reports whether the name starting at token s is what a place
// is called: "called", "named", "renamed" or "dubbed" right before it,
// with a noun of a place or premises at most four words before in the
// sentence ("the ground has been called Hillfoot Park since 1908", "a
// village called Little Fenby").
func placeNamed(toks []tok, s int) bool {
	if s == 0 {
		return false
	}
	switch toks[s-1].lower {
	case "called", "named", "renamed", "dubbed":
	default:
		return false
	}
	for i := s - 2; i >= 0 && i >= s-6; i-- {
		t := &toks[i]
		if t.word && !t.cap && (placeNouns[t.lower] || appositionPlaceNouns[t.lower]) {
			return true
		}
		if t.sentStart {
			break
		}
	}
	return false
}
