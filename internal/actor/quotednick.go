package actor

import "slices"

// knownAs returns the nickname a full name from token s to e is given
// right after it, ", known as Bill" or "(known to friends as Bill)", or
// "". Names of a pair ("A and B, known as Ant and Dec") get none.
func knownAs(toks []tok, s, e int) string {
	if s > 0 && toks[s-1].lower == "and" {
		return ""
	}
	k := e
	if k < len(toks) && (toks[k].text == "," || toks[k].text == "(") {
		k++
	}
	if k+2 >= len(toks) || toks[k].lower != "known" {
		return ""
	}
	k++
	if toks[k].lower == "to" && k+2 < len(toks) && !toks[k+1].cap {
		k += 2 // "known to friends as"
	}
	if toks[k].lower != "as" {
		return ""
	}
	k++
	if k < len(toks) && openQuote(toks[k].text) {
		k++
	}
	if k >= len(toks) || !nameWord(toks, k) || !nameLike(toks[k].text) || k+1 < len(toks) && (toks[k+1].word && toks[k+1].cap || toks[k+1].lower == "and") {
		return ""
	}
	return toks[k].text
}

// nickSpans finds names written with a nickname in quotes between the
// given name and the surname: "Gareth 'Gaz' Pumfrey", "Daniel “Dan”
// Okoro", and with middle initials after the quotes, "Ramón 'Monchi' R.
// Ortega" (nickNameEnd). The whole is one person, whatever the tagger
// made of the quotes. The word before the quotes is a given name the
// model knows, or the tagger read it with the open quote as a person's
// name (tagged holds the tagger's spans), or as any name with the
// surname after the quotes as a person's (nameWithQuote), or it follows a noun for one
// member of a nation, which calls a person ("Welshman Ivo 'The Hammer'
// Marsh"; partylead.go).
func nickSpans(toks []tok, tagged []span) []span {
	var out []span
	for i := 0; i+4 < len(toks); i++ {
		if n := quotedNickLen(toks, i+2); n > 0 && i+n+3 < len(toks) && (givenName(toks[i].text) || i > 0 && nationNoun(toks[i-1].lower) || personWithQuote(tagged, i) || nameWithQuote(tagged, i, i+n+3)) && nameWord(toks, i) && nameWord(toks, i+n+3) {
			e := nickNameEnd(toks, i+n+3)
			out = append(out, span{s: i, e: e, typ: "PER", rule: true})
			i = e - 1
		}
	}
	return out
}

// nameWithQuote reports whether the tagger read a name of any kind that
// opens at token i and takes in the open quote after it, and a person's
// name that opens at token k, after the quotes: "Cathal 'Cha" read as a
// thing and "Hennessy" as a person is one name, a given name the model
// does not know (personWithQuote) and a surname.
func nameWithQuote(tagged []span, i, k int) bool {
	quoted, person := false, false
	for _, sp := range tagged {
		quoted = quoted || sp.s == i && sp.e > i+1
		person = person || sp.typ == "PER" && sp.s == k
	}
	return quoted && person
}

// personWithQuote reports whether the tagger read a person's name that
// opens at token i and takes in the open quote after it (`Kwame "Kojo`):
// it took the word for a given name.
func personWithQuote(tagged []span, i int) bool {
	for _, sp := range tagged {
		if sp.typ == "PER" && sp.s == i && sp.e > i+1 {
			return true
		}
	}
	return false
}

// nickNameEnd returns the end of a name whose first word after a quoted
// nickname stands at token k: past middle initials, with or without a
// full stop, to the surname after them ("R. Ortega"), or k+1.
func nickNameEnd(toks []tok, k int) int {
	for isInitial(toks[k].text) && len(toks[k].text) <= 2 {
		j := k + 1
		if j < len(toks) && toks[j].text == "." {
			j++
		}
		if j >= len(toks) || !nameWord(toks, j) {
			break
		}
		k = j
	}
	return k + 1
}

// quotedNickLen returns how many capitalised words, one to three, stand
// in quotes from token k with a name word on each side of the quotes:
// 1 for "Gareth 'Gaz' Pumfrey", 2 for "Tommy 'The Tornado' Cartwright";
// 0 when there is no such nickname.
func quotedNickLen(toks []tok, k int) int {
	if k < 2 || !openQuote(toks[k-1].text) || !toks[k-2].word || !toks[k-2].cap {
		return 0
	}
	for n := 1; n <= 3 && k+n+1 < len(toks); n++ {
		t := &toks[k+n-1]
		if !t.word || !t.cap || !nameLike(t.text) && !(n == 1 && t.lower == "the") {
			return 0
		}
		if closeQuote(toks[k+n].text) {
			if n == 1 && t.lower == "the" || !toks[k+n+1].word || !toks[k+n+1].cap {
				return 0
			}
			return n
		}
	}
	return 0
}

func openQuote(s string) bool  { return s == "'" || s == "‘" || s == "\"" || s == "“" }
func closeQuote(s string) bool { return s == "'" || s == "’" || s == "\"" || s == "”" }

// knownAsBearer returns the person a one-word mention in quotes after
// "known … as" nicknames: the person named last before it, whom the
// clause describes ("Tregothnan, known in the commentary box as
// 'Sparky',", "The 29-year-old, known to friends as 'Tills',"; also a
// speaker "as she is known": saysAsKnown), or nil.
func (st *story) knownAsBearer(m *mention) *cluster {
	d := st.doc(m.para)
	if d == nil || len(m.name) != 1 {
		return nil
	}
	if asKnownAfter(d.toks, m.s, m.e) {
		if c := st.lastSentenceBearer(m); c != nil {
			return c
		}
		return st.titledBearer(m, clauseGender(d.toks, m.e)) // "Arabella, as she is known to friends," after the Duchess (knownastitled.go)
	}
	says := saysAsKnown(d.toks, m.s, m.e)
	if !says && !afterKnownAs(d.toks, m.s) {
		return nil
	}
	var last *cluster
	for _, c := range st.clusters {
		if c.kind == Person && c.lastSeen >= 0 && c.lastSeen < m.order && (last == nil || c.lastSeen > last.lastSeen) {
			last = c
		}
	}
	if says && last != nil && !slices.ContainsFunc(last.mentions, func(x *mention) bool { return x.order == last.lastSeen && x.para >= m.para-1 }) {
		return nil // the speaker is described in this paragraph or the one before
	}
	return last
}

// asKnownAfter reports whether the name from token s to e opens a
// sentence and a clause "as … known" or "as … called" follows it:
// "Mags, as she is known to four generations of players, reckons …",
// "Peggy, as every patient called her, did her rounds".
func asKnownAfter(toks []tok, s, e int) bool {
	if s > 0 && !sentenceEnd(toks[s-1].text) {
		return false
	}
	return asKnownClause(toks, e)
}

// saysAsKnown reports whether the name from token s to e says a quote,
// after it and "says" or "said", and a clause "as … known" or "as …
// called" follows it: "'It is the roof or the silver,' says Felicity,
// as she is known to friends". The name is what the person last named
// before it is called.
func saysAsKnown(toks []tok, s, e int) bool {
	if s < 2 || toks[s-1].lower != "says" && toks[s-1].lower != "said" || toks[s-2].text != "," && !closeQuote(toks[s-2].text) {
		return false
	}
	return asKnownClause(toks, e)
}

// asKnownClause reports whether a clause ", as … known" or ", as …
// called" opens at token e.
func asKnownClause(toks []tok, e int) bool {
	if e+2 >= len(toks) || toks[e].text != "," || toks[e+1].lower != "as" {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+6; k++ {
		switch toks[k].lower {
		case "known", "called":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// sentenceEnd reports whether token text s closes a sentence.
func sentenceEnd(s string) bool { return s == "." || s == "!" || s == "?" }

// lastSentenceBearer returns the person whose mention comes last before
// m, when that mention stands in the sentence before m's (in m's
// paragraph, or ending the paragraph before it), or nil: the one the
// sentence m opens goes on describing.
func (st *story) lastSentenceBearer(m *mention) *cluster {
	var best *cluster
	var bm *mention
	for _, c := range st.clusters {
		if c.kind != Person {
			continue
		}
		for _, x := range c.mentions {
			if x.order < m.order && (bm == nil || x.order > bm.order) {
				best, bm = c, x
			}
		}
	}
	if bm == nil {
		return nil
	}
	d := st.doc(bm.para)
	if d == nil {
		return nil
	}
	end := m.s // sentence ends between bm and m
	switch {
	case bm.para == m.para:
	case bm.para == m.para-1 && m.s == 0:
		end = len(d.toks)
	default:
		return nil
	}
	ends := 0
	for k := bm.e; k < end; k++ {
		if sentenceEnd(d.toks[k].text) {
			ends++
		}
	}
	if bm.para == m.para && ends == 1 || bm.para != m.para && ends <= 1 {
		return best
	}
	return nil
}

// knownAsNick reports whether a one-word mention the tagger read as no
// person's is what a person named before it is "known … as" ("Ebiware,
// who was known to everyone at his old club simply as Karo,"; a speaker
// "as she is known": saysAsKnown): a nickname, whatever it looks like.
func (st *story) knownAsNick(m *mention) bool {
	d := st.doc(m.para)
	if d == nil || len(m.name) != 1 || m.hon != "" || !afterKnownAs(d.toks, m.s) && !saysAsKnown(d.toks, m.s, m.e) {
		return false
	}
	for _, c := range st.clusters {
		if c.kind == Person && len(c.mentions) > 0 && c.first < m.order {
			return true
		}
	}
	return false
}

// afterKnownAs reports whether token s is a word in quotes after
// "known as", with at most four lower-case words between "known" and
// "as" ("known to friends as 'Tills'", "known in the commentary box as
// 'Sparky'"), or one name word without quotes, perhaps after "simply",
// ending a "known to … as" clause of at most twelve tokens in one sentence
// ("known to everyone at his local, the Swan, as Wally", "who was known
// to everyone at his old club simply as Karo"): whom the clause says
// people call by the word is named before it.
func afterKnownAs(toks []tok, s int) bool {
	k := s - 1
	if k >= 0 && !openQuote(toks[k].text) {
		return afterKnownToAs(toks, s)
	}
	if k < 0 || !openQuote(toks[k].text) || s+1 >= len(toks) || !closeQuote(toks[s+1].text) {
		return false
	}
	k--
	if k < 0 || toks[k].lower != "as" {
		return false
	}
	for n := 0; n <= 4 && k > 0; n++ {
		k--
		t := &toks[k]
		if t.lower == "known" {
			return true
		}
		if !t.word || t.cap {
			return false
		}
	}
	return false
}

// afterKnownToAs is afterKnownAs for a word without quotes: "known to"
// (or "among", "at", "in", "around", "throughout") opens the clause, so
// that what the word is called is said of a person by those who know
// them, not of a place or thing ("the area known as Hyde").
func afterKnownToAs(toks []tok, s int) bool {
	if s+1 < len(toks) && (toks[s+1].word && toks[s+1].cap || toks[s+1].lower == "and") {
		return false // one word only
	}
	k := s - 1
	if k >= 0 && toks[k].lower == "the" {
		k-- // "known to fans as The Badger"
	}
	if k >= 0 && toks[k].lower == "simply" {
		k--
	}
	if k < 1 || toks[k].lower != "as" {
		return false
	}
	for n := 0; n < 12 && k > 0; n++ {
		k--
		switch toks[k].text {
		case ".", "!", "?", ";", ":":
			return false
		}
		if toks[k].lower == "as" {
			return false
		}
		if toks[k].lower == "known" {
			return knownToWords[toks[k+1].lower]
		}
	}
	return false
}

// knownToWords follow "known" in a clause that says who calls a person
// by a name: "known to friends as", "known among the players as".
var knownToWords = setOf(`to among at in around throughout`)
