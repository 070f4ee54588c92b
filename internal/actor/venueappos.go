package actor

// venueDescribed reports whether the name ending at token e is followed,
// in apposition, by a description headed by a venue noun: "Harbour
// Belle, the fish restaurant run by his old friend,", "Ember, a Mayfield
// bistro,". The description opens with an article or a possessive
// determiner, its venue noun closes it or is followed by words that
// qualify it (venuePostModifiers). A job at a venue ("the restaurant
// owner", "the hotel's manager") leaves a person.
func venueDescribed(toks []tok, e int) bool {
	if e+2 >= len(toks) || toks[e].text != "," {
		return false
	}
	k := e + 1
	if d := &toks[k]; d.lower != "the" && d.lower != "a" && d.lower != "an" && !d.is(clsPossessiveDet) {
		return false
	}
	for k++; k < len(toks) && k < e+7; k++ {
		t := &toks[k]
		if !t.word || !t.cap && (t.is(clsClauseWord) || t.is(clsAfterNounWord)) {
			return false
		}
		if t.cap || !venueNouns[t.lower] {
			continue
		}
		return k+1 == len(toks) || !toks[k+1].word && !isPossessive(&toks[k+1]) || venuePostModifiers[toks[k+1].lower]
	}
	return false
}

// venuePostModifiers may follow the venue noun heading an apposition,
// opening what qualifies it: "the fish restaurant run by", "a pub
// owned by", "the hotel where".
var venuePostModifiers = setOf(`run owned with where best known opened founded`)
