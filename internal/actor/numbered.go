package actor

// Names with a number that is part of them: "Radio 4", "Channel 5",
// "Formula 1", "Apollo 11", "Windows 10". The tagger often stops before
// the number, leaving a bare "Radio" that is no actor of its own.

// numberUnits after a number make it a quantity, not part of a name
// ("BT 2%", "Vodafone 3 per cent", "Chelsea 2 points clear").
var numberUnits = setOf(`% per percent pc million m bn billion points point pts goals years year
months month days day weeks week hours minutes seconds times pounds dollars euros p pence cents
am pm gmt mph km miles metres kg`)

// extendNumbered stretches a body's or a thing's name over a small whole
// number written right after it ("Radio 4 host", "on Channel 4's news",
// "Windows 10 users"), and over a body's head noun the tagger split off
// after the number ("Channel 4 News"). Not for people or places
// ("Leicester 2" in a result), nor when the number is a score or a
// quantity: another name, a dash, a digit or a unit after it, or a
// number before the name ("Arsenal 2 Chelsea 1", "2 Chelsea 1", "BT
// 2%"). It returns spans, maybe shortened by the joins.
func extendNumbered(toks []tok, spans []span) []span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if numberedAfter(toks, spans, i) {
			sp.e++
			if i+1 < len(spans) && spans[i+1].s == sp.e && spans[i+1].e == sp.e+1 && spans[i+1].typ == "ORG" &&
				orgWords[toks[sp.e].lower] {
				sp.e++ // "Channel 4 News"
				i++
			}
		}
		out = append(out, sp)
	}
	return out
}

// numberedAfter reports whether the i-th span takes the number after it.
func numberedAfter(toks []tok, spans []span, i int) bool {
	sp := spans[i]
	if sp.typ != "ORG" && sp.typ != "MISC" || sp.e >= len(toks) || !smallNumber(toks[sp.e].text) {
		return false
	}
	if sp.s > 0 && digitWord(toks[sp.s-1].text) {
		return false
	}
	if i+1 < len(spans) && spans[i+1].s <= sp.e {
		return false
	}
	if numbersAround(toks, sp.s) > 2 {
		return false // a table of results or scores
	}
	k := sp.e + 1
	if k >= len(toks) {
		return false // a line of results ("Notts County 0 York 1")
	}
	t := &toks[k]
	switch t.text {
	case "(", ")", ":", "-", "–", "/":
		return false
	case "and", "or", "to":
		return k+1 >= len(toks) || !digitWord(toks[k+1].text)
	}
	if t.cap && !t.sentStart && !isPossessive(t) && !isRoleHeadL(t.lower) && !(t.lists()&inCalendar != 0) {
		// Another name after the number: a result ("Arsenal 2 Chelsea
		// 1") unless a body's head noun the tagger split off, or the
		// name is an ordinary word that names nothing without its
		// number ("Radio 2 DJ Zoe Ball").
		if sp.e-sp.s == 1 && commonWord(toks[sp.s].text) {
			return true
		}
		return i+1 < len(spans) && spans[i+1].s == k && spans[i+1].e == k+1 && orgWords[t.lower]
	}
	return !numberUnits[t.lower] && !digitWord(t.text)
}

// numbersAround counts the names with a number right after them
// ("Essex 372", "York 1") in the sentence holding token k: more than a
// few make a table of results or scores, not prose.
func numbersAround(toks []tok, k int) int {
	s := k
	for s > 0 && !toks[s].sentStart {
		s--
	}
	n := 0
	for i := s + 1; i < len(toks) && !toks[i].sentStart; i++ {
		if digitWord(toks[i].text) && toks[i-1].cap {
			n++
		}
	}
	return n
}

// digitWord reports whether w starts with a digit.
func digitWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// smallNumber reports whether w is a whole number of one to three
// digits without a leading zero.
func smallNumber(w string) bool {
	if len(w) == 0 || len(w) > 3 || w[0] == '0' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// ordinalOpened reports whether an ordinal written in digits ("20th",
// "2nd") stands right before mention m, whose first word is no given
// name, title nor role, and whose last word is no place's (a street:
// "42nd Street"): the ordinal opens the name of a body or a thing
// the tagger cut it from ("20th Century Velmo", "the 2nd Battalion
// Tarrow Rifles"), as it opens no person's name.
func ordinalOpened(toks []tok, m *mention) bool {
	if m.s == 0 || len(m.name) == 0 || givenName(m.name[0]) || isHonorific(m.name[0]) || isRoleHead(m.name[0]) {
		return false
	}
	if last := m.name[len(m.name)-1]; headBits(last)&placeHead != 0 || placeWordsFold.has(last) {
		return false // "101st Avenue", "42nd Street": a street's name
	}
	w := toks[m.s-1].text
	n := len(w)
	if n < 3 || !digitWord(w) {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	for i := 0; i < n-2; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
