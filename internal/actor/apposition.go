package actor

import "slices"

// appositionRole reads a role in apposition after a name ending at token
// end: "Ursula von der Leyen, the European Commission president, said",
// "Andrew Gale, Governor of the Bank of Tarn, warned", "Rob Pell, head
// of equity research at Numark, said", or in a clause that only says
// what the person is: "Jo Bloggs, who is chief executive of Acme, said".
func appositionRole(p *paraDoc, end int) (role, affil string) {
	toks := p.toks
	k := end
	if k >= len(toks) || toks[k].text != "," {
		return "", ""
	}
	k++
	who := false
	if w := whoIs(toks, k); w > k {
		k, who = w, true
	} else if k+1 < len(toks) && isNumber(toks[k].text) && toks[k+1].text == "," {
		k += 2 // an age: "Ken Murphy, 55, chief executive"
	} else if k < len(toks) && toks[k].lower == "now" {
		k++ // "…, now chairman of Mersey TV,"
	}
	if k < len(toks) && toks[k].word {
		switch toks[k].lower {
		case "the", "a", "an", "its", "his", "her", "their":
			k++
		}
	}
	s := k
	// Lower-case words outside the role lexicon: a few are allowed ("the
	// Home Affairs committee chairman", "head of research at Numis").
	var low []int
scan:
	for k < len(toks) && k-s < 10 {
		t := &toks[k]
		switch {
		case isPossessive(t) && k > s, initialsDot(toks, k):
		case t.word && (roleWord(p, k) || rolePreposition(t.lower)):
		case t.lower == "the" && k > s && rolePreposition(toks[k-1].lower):
			// "Governor of the Bank of Tarn"
		case joinsRoleWords(p, k, s):
			// "Commerce and Industry Minister", "Marks & Spencer"
		case t.word && !t.cap && len(low) < 3 && !t.is(clsClauseWord):
			low = append(low, k)
		default:
			break scan
		}
		k++
	}
	if k == s || givenNamesListed(toks, s, k) {
		return "", ""
	}
	// The phrase must end the clause, and not before another person's
	// name: in "Tom Reid, the Governor of the Bank, Ann Bey and …" the
	// office may be either's.
	if k+1 < len(toks) && toks[k].text == "," && p.inPerson(k+1) {
		return "", ""
	}
	if k < len(toks) {
		switch toks[k].lower {
		case ",", ".", ";", ":", ")", "–", "—", "-", "said", "says", "told", "added", "warned", "insisted", "explained", "admitted":
		default:
			return "", ""
		}
	}
	last := k - 1
	for last > s && (!toks[last].word || rolePreposition(toks[last].lower) || toks[last].lower == "the" || toks[last].lower == "and") {
		last--
	}
	head := -1
	for j := s; j <= last; j++ {
		if toks[j].word && (isRoleHeadL(toks[j].lower) || !toks[j].cap && personAgentNoun(&toks[j])) {
			head = j // "…, a former fisherman from Corran," (agentnoun.go)
			low = slices.DeleteFunc(low, func(i int) bool { return i == j })
		}
	}
	if head < 0 || relationBefore(toks, s, head) {
		return "", "" // "the son of the former president" holds no office
	}
	if head < last && !toks[head].cap && adjectiveRanks[toks[head].lower] && rankAsAdjective(toks, head+1) {
		return "", "" // "Tarrow Bay, a major port,": an adjective, no rank (rankadjective.go)
	}
	if !lowWordsFit(toks, low, head, last, who) {
		return "", ""
	}
	// After the head only "of/at/for … (the) …", capitalised words, other
	// role words and nouns naming a field or a body may follow.
	for j := head + 1; j <= last; j++ {
		t := &toks[j]
		if t.word && !t.cap && !isRoleHeadL(t.lower) && !rolePreposition(t.lower) && t.lower != "and" &&
			!(t.lower == "the" && rolePreposition(toks[j-1].lower)) && !fieldNoun(t) {
			return "", ""
		}
	}
	return roleText(p, s, last), affiliationOf(p, s, last+1)
}

// lowWordsFit reports whether the lower-case words low of an apposition
// whose last role noun is at head and last word at last leave it a role:
// up to two words of any kind before a role noun that ends the phrase
// ("the Home Affairs committee chairman"); otherwise only nouns naming
// a field or a body ("head of equity research at Numis", "leader of the
// Plaid group in the assembly"), which after "who is" must follow the
// role noun ("who is a canny manager" judges, it names no office).
func lowWordsFit(toks []tok, low []int, head, last int, who bool) bool {
	anyTwo := (toks[last].is(clsRoleHead) || head == last) && len(low) <= 2
	for _, j := range low {
		if who && j < head || !anyTwo && !fieldNoun(&toks[j]) {
			return false
		}
	}
	return true
}

// joinsRoleWords reports whether token k, an "and" or "&" in a role
// phrase starting at token s, joins two capitalised words or role nouns
// ("Commerce and Industry Minister", "president and chief operating
// officer", "Trinkaus & Burkhardt") rather than two people.
func joinsRoleWords(p *paraDoc, k, s int) bool {
	toks := p.toks
	t := &toks[k]
	if t.lower != "and" && t.text != "&" || k <= s || k+1 >= len(toks) {
		return false
	}
	prev, next := toks[k-1], toks[k+1]
	if !prev.word || !next.word || p.inPerson(k-1) || p.inPerson(k+1) {
		return false
	}
	return (prev.cap || isRoleHeadL(prev.lower)) && (next.cap && !(next.lists()&inCommonCapitalised != 0) || isRoleHeadL(next.lower))
}

// givenNamesListed reports whether tokens s to k, read as a role in
// apposition, are given names in a list: a given name the model knows
// first (a role noun too: "Dean"), then "and" and a capitalised word that
// is no role word ("his grandchildren, Kirsty, Dean and Nathan").
func givenNamesListed(toks []tok, s, k int) bool {
	if s >= k || !toks[s].cap || !givenName(toks[s].text) {
		return false
	}
	for i := s + 1; i+1 < k; i++ {
		if toks[i].lower == "and" && toks[i+1].cap && !isRoleHeadL(toks[i+1].lower) && !(toks[i+1].lists()&inRoleModifiers != 0) {
			return true
		}
	}
	return false
}

// listedGiven reports whether the one word from token s to e, a given
// name the model knows that is a role noun too ("Dean"), stands in a
// list of names: a comma or "and" before it after a capitalised word,
// and a comma, "and" or the sentence's end after it ("Kirsty, Dean and
// Nathan"), not before "of" or a name ("Dean of the college").
func listedGiven(toks []tok, s, e int) bool {
	if s < 2 || e >= len(toks) {
		return false
	}
	before, after := toks[s-1], toks[e]
	if before.text != "," && before.lower != "and" || !toks[s-2].word || !toks[s-2].cap {
		return false
	}
	return after.text == "," || after.text == "." || after.lower == "and" && e+1 < len(toks) && toks[e+1].cap
}

// listedGivenMention is listedGiven for a one-word person mention.
func (st *story) listedGivenMention(m *mention) bool {
	d := st.doc(m.para)
	return d != nil && m.typ == "PER" && len(m.name) == 1 && givenName(m.name[0]) && listedGiven(d.toks, m.s, m.e)
}
