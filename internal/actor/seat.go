package actor

// Parliamentary and council reports name the seat a member holds: the
// constituency after "the member for" or "the MP for" ("the Plaid
// member for Corran Vale", "the MSP for Tarrow West") and the ward in
// brackets after a councillor's party ("Cllr Ada Kell (Lab, Marsh
// Green)"). Such a name is a place, whatever its shape: constituencies
// and wards are often named after people's names ("Great Barr", "Yew
// Tree") or in languages the tagger does not know.

// seatHolders are the nouns of a member who sits for a place.
var seatHolders = setOf(`member members mp mps msp msps ms mss mla mlas mep meps am td councillor councillors cllr`)

// partyShort are the short forms of parties written in brackets before a
// councillor's ward, lower-cased ("(Con, Marsh Green)", "(Lib Dem, …)").
var partyShort = setOf(`lab con ld dem lib ind green snp plaid reform ukip dup sdlp sf uup`)

// seatFor reports whether the name starting at token s is a seat: right
// after a seat holder's noun and "for" ("member for X"), after "(", a
// party's short form or name and a comma ("(Con, X", "(Labour, X"), or
// after "with" or "and" that carry on such a ward's name ("(Con, Great
// Barr with Yew Tree)").
func seatFor(toks []tok, s int) bool {
	if s >= 2 && toks[s-1].lower == "for" && seatHolders[toks[s-2].lower] {
		return true
	}
	if s >= 3 && (toks[s-1].lower == "with" || toks[s-1].lower == "and") && toks[s-2].word && toks[s-2].cap {
		k := s - 2
		for n := 0; n < 3 && k > 0 && toks[k-1].word && toks[k-1].cap && !toks[k-1].sentStart; n++ {
			k--
		}
		return partyWard(toks, k)
	}
	return partyWard(toks, s)
}

// partyWard reports whether the name starting at token s follows "(", a
// party and a comma.
func partyWard(toks []tok, s int) bool {
	if s < 3 || toks[s-1].text != "," || !toks[s-2].cap || !partyWord(toks[s-2].lower) {
		return false
	}
	k := s - 3
	if k >= 1 && toks[k].cap && partyWord(toks[k].lower) { // "Lib Dem"
		k--
	}
	return toks[k].text == "("
}

// partyWord reports whether l, a lower-case word, is a party's short
// form or its name.
func partyWord(l string) bool {
	_, ok := parties[l]
	return ok || partyShort[l]
}
