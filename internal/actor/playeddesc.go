package actor

// A part is named right after a verb of playing and described after it
// with an indefinite article, as a review or a preview sets out a plot:
// "Jem Oakes plays DS Nell Garrow, a detective who has moved back to the
// coast", where nothing else in the paragraph need speak of the screen.
// A description with "the" may be a real person's ("plays Tom Pryce, the
// world No 1," in sport), and sport is left out anyway. A part is also
// what a character noun and "is", "has been" or "called" name: "the
// breakout character has been Mrs Tandy", "a character called Ivo".

// morePart reports whether m is a part by a cue of this file, beside
// performedPart's (performer.go).
func morePart(toks []tok, m *mention) bool {
	return playedDescribed(toks, m) || characterNamed(toks, m) || stageAs(toks, m) || possessedPart(toks, m)
}

// policeShort are police ranks written short that the rules do not
// split off as titles, as they open names of firms and things as often
// ("DS", "DC", "PC"); right after a verb of playing they are a part's
// rank.
var policeShort = map[string]bool{"DS": true, "DC": true, "PC": true, "DSI": true, "DSupt": true}

// playedDescribed reports whether m, a name with a title or of two words
// or more opening with a given name, stands right after a form of
// "play" (maybe with a title or a police rank written short between)
// and before a comma and "a" or "an", in a paragraph that does not
// speak of sport.
func playedDescribed(toks []tok, m *mention) bool {
	s, e := m.s, m.e
	titled := m.hon != ""
	for n := 0; n < 2 && s > 1 && toks[s-1].word && toks[s-1].cap && !toks[s-1].sentStart && (policeShort[toks[s-1].text] || toks[s-1].honorific() || isRoleHeadL(toks[s-1].lower) || kinTitle(toks[s-1].lower) || orderTitles[toks[s-1].lower]); n++ {
		s--
		titled = true
	}
	if s < 1 || !toks[s-1].is(clsPlayVerb) || nounPlay(toks, s-1) {
		return false
	}
	if !titled && !(len(m.name) > 1 && givenName(m.name[0])) {
		return false
	}
	if e+1 >= len(toks) || toks[e].text != "," || toks[e+1].lower != "a" && toks[e+1].lower != "an" {
		return false
	}
	return !sportsParagraph(toks)
}

// characterNamed reports whether m, maybe after a title, follows a
// character noun (characterNouns, staged.go) in lower case and "is", "was", "has been", "called" or
// "named": "the breakout character has been Mrs Tandy", "a character
// called Ivo Marsh".
func characterNamed(toks []tok, m *mention) bool {
	s := m.s
	if s > 1 && toks[s-1].word && toks[s-1].cap && !toks[s-1].sentStart && (toks[s-1].honorific() || kinTitle(toks[s-1].lower) || orderTitles[toks[s-1].lower]) {
		s--
	}
	k := s - 1
	if k < 1 {
		return false
	}
	switch toks[k].lower {
	case "is", "was", "called", "named":
	case "been":
		k--
		if k < 1 || !haveForms[toks[k].lower] {
			return false
		}
	default:
		return false
	}
	c := toks[k-1]
	return c.word && !c.cap && characterNouns[c.lower]
}

// titleStart returns where m starts with a title the rules split off
// before it as a role ("King" of "King Ivor" read as a role), and
// whether m has a title at all.
func titleStart(toks []tok, m *mention) (int, bool) {
	s := m.s
	if s > 1 && titleBefore(&toks[s-1]) {
		return s - 1, true
	}
	return s, m.hon != ""
}

// stageAs reports whether m, maybe after a title, follows "the stage
// as" or "screen as" after "on", "to" or "the": an actor returns "to the
// stage as King Ivor" or is "back on screen as Mrs Tandy" in a part.
func stageAs(toks []tok, m *mention) bool {
	s, _ := titleStart(toks, m)
	if s < 3 || toks[s-1].lower != "as" {
		return false
	}
	n, p := toks[s-2], toks[s-3].lower
	return n.word && !n.cap && (n.lower == "stage" || n.lower == "screen") && (p == "the" || p == "on" || p == "to")
}

// possessedPart reports whether m has a title of rank or royalty (not a
// relative's) after a possessive determiner, whatever follows: "whose
// stripped-back Queen Maud toured the country", "his King Ivor was the
// best in years" (possessedTitle, castas.go). No one writes "his Queen
// Maud" of a real queen.
func possessedPart(toks []tok, m *mention) bool {
	s, titled := titleStart(toks, m)
	if !titled || s >= len(toks) {
		return false
	}
	switch toks[s].honorificClass() {
	case "royal", "peer", "knight":
		return possessedTitle(toks, s)
	}
	return false
}
