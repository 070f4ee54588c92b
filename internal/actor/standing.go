package actor

// A club stands in a league table; a person does not. In a sports story
// a one-word name before a lead in a competition ("Chelsea's Premiership
// lead", "Chelsea five-point Premiership lead", "Arsenal's nine-point
// lead") names a side, whatever the club; a player's surname before a
// possessive speaks of the player's own goals, debut or form.

// leagueWords name a competition a side leads.
var leagueWords = setOf(`premiership league championship title table group division conference`)

// standingLead reports whether the name ending before token e,
// maybe with a possessive, stands before "lead" with no more than two
// words between them, each a competition's name or a count of points
// ("five-point", "nine-point", "12-point").
func standingLead(toks []tok, e int) bool {
	k := e
	if k < len(toks) && isPossessive(&toks[k]) {
		k++
	}
	for n := 0; k < len(toks) && n < 3; k, n = k+1, n+1 {
		t := &toks[k]
		switch {
		case t.lower == "lead" && n > 0:
			return true
		case leagueWords[t.lower] || pointCount(t.lower):
		default:
			return false
		}
	}
	return false
}

// pointCount reports whether w counts points: "five-point", "12-point".
func pointCount(w string) bool {
	n := len(w)
	return n > 6 && w[n-6:] == "-point" && (isCountWord(w[:n-6]) || w[0] >= '0' && w[0] <= '9')
}

// rivalBefore reports whether "rival" or "rivals", in lower case, stands
// right before the name opening at token s: "rival Google", "rivals
// Chelsea". Said of a person too ("his rival Brown"), so firmHint asks
// it only of a name the gazetteer does not know as a person's.
func rivalBefore(toks []tok, s int) bool {
	return s > 0 && !toks[s-1].cap && (toks[s-1].lower == "rival" || toks[s-1].lower == "rivals")
}
