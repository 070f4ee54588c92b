package actor

import "unicode"

// placeApposition reports whether the name ending at token e is followed
// by a description of a place in apposition, its head noun closing the
// phrase: "Diddly Squat, his 1,000-acre Cotswolds farm,", "Ray Mill, her
// small private estate in North Wiltshire". A person's apposition names a
// role or a relative instead ("…, his manager,").
func placeApposition(toks []tok, e int) bool {
	if e+2 >= len(toks) || toks[e].text != "," || !toks[e+1].is(clsAppositionOpener) {
		return false
	}
	for k, n := e+2, 0; k < len(toks) && n < 7; k, n = k+1, n+1 {
		t := &toks[k]
		if !t.word {
			if t.text == "," && k > 0 && k+1 < len(toks) && startsWithDigit(toks[k-1].text) && startsWithDigit(toks[k+1].text) {
				continue // "1,000-acre"
			}
			return false
		}
		if !t.cap && (t.is(clsClauseWord) || t.is(clsAfterNounWord) || isKinship(t.lower) || isRoleHeadL(t.lower)) {
			return false
		}
		if !t.cap && appositionPlaceNouns[t.lower] {
			if k+1 == len(toks) {
				return true
			}
			nx := toks[k+1]
			if isPossessive(&nx) {
				return false // "…, the gallery's owner,"
			}
			if nx.word && !nx.cap && appositionPlaceNouns[nx.lower] {
				continue // "a Georgian farm house near the river"
			}
			return !nx.word || placePrepositions[nx.lower] || nx.lower == "on" || nx.lower == "where" || nx.lower == "which" || placeParticiples[nx.lower]
		}
	}
	return false
}

// appositionOpeners open a description in apposition.
var appositionOpeners = setOf(`his her their its the a an`)

// appositionPlaceNouns head descriptions of places and premises.
var appositionPlaceNouns = setOf(`farm estate home house mansion cottage villa manor retreat ranch
restaurant pub hotel cafe bar shop store boutique venue ground stadium gallery studio village
town island vineyard winery brewery distillery`)

// placeParticiples after the head of a place's description say who keeps
// it: "Salt Pelican, the fish restaurant run by his friend,".
var placeParticiples = setOf(`run owned opened founded`)

func startsWithDigit(s string) bool {
	for _, r := range s {
		return unicode.IsDigit(r)
	}
	return false
}
