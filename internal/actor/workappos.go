package actor

// apposedShowNouns name works too but, before a name with no comma, as often
// open a relative clause ("the show Ada Kell presents"); set off by
// commas they name the work ("its Saturday night quiz show, Brainbox,
// in which …").
var apposedShowNouns = setOf(`show shows game title play`)

// workApposition reports whether the name ending at token e is followed
// by a description of a work in apposition: a comma, an article, at most
// three more words, then a work noun ending the phrase ("Roller Queen,
// the musical about a roller disco,", "Tarrow Bay, a new drama, opens");
// not a possessive or a role after the noun ("Ada Kell, the novel's
// author", "Ada Kell, the comedy star"), nor a verb, which makes the noun
// the subject of the next clause ("Directed by Antoine Fuqua, the film
// was poorly received"). A programme may be a government's.
func workApposition(toks []tok, e int) bool {
	if e+2 >= len(toks) || toks[e].text != "," {
		return false
	}
	switch toks[e+1].lower {
	case "the", "a", "an":
	default:
		return false
	}
	for k, n := e+2, 0; k < len(toks) && n < 4; k, n = k+1, n+1 {
		t := &toks[k]
		if !t.word || !t.cap && t.is(clsClauseWord) {
			return false
		}
		if !t.cap && t.lower != "programme" && (t.is(clsWorkNoun) || apposedShowNouns[t.lower]) {
			if k+1 == len(toks) {
				return true
			}
			nx := toks[k+1]
			return !isPossessive(&nx) && (!nx.word || !nx.cap && workAppositionEnds[nx.lower])
		}
	}
	return false
}

// showApposed reports whether the name from token s to e stands between
// commas after a show noun ("its quiz show, Brainbox, in which"),
// followed by no possessive.
func showApposed(toks []tok, s, e int) bool {
	return s > 1 && toks[s-1].text == "," && !toks[s-2].cap && apposedShowNouns[toks[s-2].lower] &&
		e < len(toks) && toks[e].text == ","
}

// workAppositionEnds may follow the work noun of an apposition: "the
// musical about a roller disco", "a drama which", "the sequel to …".
var workAppositionEnds = setOf(`about which that who by in starring set based from of for on with
written directed to`)
