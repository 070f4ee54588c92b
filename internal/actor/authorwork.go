package actor

// A person's possessive before a name of two words or more that opens
// with no given name the model knows names what the person made or
// owns, a book, a film or a horse, not a person: "Ivo Marsh's Night
// Ferries", "the reviews of Ada Kell's Tin Beacon and Ivo Marsh's
// Nine Chimneys". So does a relative "whose" after a person's name in
// its sentence ("Ada Kell, 74, whose Dandelion Dora won the prize").
// Outside sport: a manager's players are his too ("Tarrant's Ossory
// Quell"). A title the story writes before a maker
// after "by" is one too: "ALBUM: Lantern Rounds by the Velby Quartet".

// authorsWork returns the evidence for another kind of thing (xev) of a
// name m the tagger read as a person's or a body's after another
// person's possessive ("Ivo Marsh's Night Ferries", a title the tagger
// reads as a body as often), or before "by" and a maker's name at the
// head of a line. A body's name qualifying the noun after it stays a
// body ("Ivo Marsh's BBC Radio 1 show").
func (st *story) authorsWork(d *paraDoc, m *mention) int {
	if m.typ != "PER" && m.typ != "ORG" || len(m.name) < 2 || givenName(m.name[0]) || m.hon != "" {
		return 0
	}
	toks, s := d.toks, m.s
	if m.typ == "ORG" && m.e < len(toks) && toks[m.e].word && !toks[m.e].cap && !toks[m.e].is(clsLinkWord) && !toks[m.e].is(clsClauseWord) {
		return 0 // a body qualifying a noun: "Ivo Marsh's BBC Radio 1 show"
	}
	if s >= 3 && isPossessive(&toks[s-1]) && fullPersonBefore(d, s-1) && !sportsStory(st.cues) {
		return 3 // "Ivo Marsh's Night Ferries"
	}
	if m.typ == "PER" && s >= 3 && toks[s-1].lower == "whose" && !toks[s-1].cap && personBefore(d, s-1) && !sportsStory(st.cues) {
		return 4 // "Ada Kell, 71, of Church Row, whose Dandelion Dora took a month to make"
	}
	if titleByMaker(toks, s, m.e) {
		return 3 // "ALBUM: Lantern Rounds by the Velby Quartet"
	}
	return 0
}

// titleByMaker reports whether the name from token s to e heads its line, at
// the paragraph's start or after a colon, and is followed by "by" and a
// capitalised name, maybe after "the": a title and its maker, as
// reviews and listings head their items.
func titleByMaker(toks []tok, s, e int) bool {
	if s > 0 && toks[s-1].text != ":" || e+1 >= len(toks) || toks[e].lower != "by" {
		return false
	}
	k := e + 1
	if toks[k].lower == "the" && k+1 < len(toks) {
		k++
	}
	return toks[k].word && toks[k].cap
}

// fullPersonBefore reports whether the words right before token k are a
// person's name of two capitalised words or more, as the rules read it,
// with no lower-case word in it: "Ivo Marsh" but not "Salt and Pepper", a
// show read as a person.
func fullPersonBefore(d *paraDoc, k int) bool {
	n := 0
	for i := k - 1; i >= 0 && d.inPerson(i); i-- {
		if t := d.toks[i]; !t.word || !t.cap {
			return false
		}
		n++
	}
	return n >= 2
}
