package actor

// Broadcast programmes are named like bodies ("Question Time", "Desert
// Island Discs", "Match of the Day") and a role after them reads like
// one held in an organisation ("the Question Time presenter"). The
// presenting roles and "on" after a broadcast verb say they are
// programmes: kind other.

// presentingNouns are the roles of a programme's people: "the Desert
// Island Discs host", "presenter of Match of the Day".
var presentingNouns = setOf(`host hosts presenter presenters co-host co-presenter anchor panellist
panellists contestant contestants question-master quizmaster frontman`)

// broadcastVerbs before "on" make what follows a programme or a channel:
// "she appeared on Question Time", "speaking on Desert Island Discs".
var broadcastVerbs = setOf(`appeared appearing appears appear speaking spoke interviewed featured
featuring guest guested aired broadcast shown screened work appearance appearances`)

// channelWords name broadcasters, channels and other bodies rather than
// programmes: "Radio 4", "Sky News", "the Discovery Channel".
var channelWords = setOf(`radio tv television channel channels news network networks broadcasting
broadcaster broadcasters corporation company group bank party council union league club fc united
city ltd plc inc trust board commission committee ministry department office agency authority
service services station stations studios pictures records media`)

// mediumNouns before a possessive name the medium whose programme
// follows ("TV's Bake Off Kings", "radio's Morning Round"); a person
// after them ("TV's Ada Kell") opens with a given name, which
// mediumShow leaves out.
var mediumNouns = setOf(`tv television radio`)

// programmeEvidence weighs the context of m for a broadcast programme: a
// presenting role right after it ("the Question Time host") or before
// it ("presenter of Match of the Day"), "on" after a broadcast verb
// ("appeared on Question Time"), or a medium's possessive before it
// ("TV's Bake Off Kings"), for a name made of ordinary words
// (a channel's or a broadcaster's name, "Radio 4", "GMTV", "BBC One",
// keeps its organisation).
func programmeEvidence(toks []tok, m *mention) int {
	s, e := m.s, m.e
	if s > 0 && toks[s-1].lower == "the" {
		s--
	}
	if s >= 2 && isPossessive(&toks[s-1]) && mediumNouns[toks[s-2].lower] && mediumShow(m) {
		return 4 // "the winner of TV's Bake Off Kings": the medium's own show
	}
	w := 0
	switch {
	case e < len(toks) && presentingNouns[toks[e].lower]:
		w = 4 // outweighs the tagger's organisation and a role held in one
	case s >= 2 && toks[s-1].lower == "of" && presentingNouns[toks[s-2].lower]:
		w = 4
	case s >= 2 && toks[s-1].lower == "on" && broadcastVerbs[toks[s-2].lower]:
		w = 3
	}
	if w == 0 || !programmeLike(m.name) {
		return 0
	}
	return w
}

// programmeLike reports whether name could be a programme's: two words
// or more, each an ordinary word the lexicon writes in lower case or a
// small joining word, none a body's or a channel's word, a number, a
// word in capitals or a given name.
func programmeLike(name []string) bool {
	if len(name) < 2 || givenName(name[0]) {
		return false
	}
	for i, w := range name {
		if i > 0 && inSetFold(acronymSmallWords, w) || w == "a" {
			continue
		}
		if inSetFold(channelWords, w) || isAllCaps(w) || digitWord(w) || !commonWord(w) {
			return false
		}
	}
	return true
}

// mediumShow reports whether m, after a medium's possessive, may be a
// show: two words or more with no title, no given name first and no
// channel's word ("TV's Ada Kell" is a person, "TV's Channel Five" a
// channel).
func mediumShow(m *mention) bool {
	if m.hon != "" || len(m.name) < 2 || givenName(m.name[0]) {
		return false
	}
	for _, w := range m.name {
		if inSetFold(channelWords, w) || isAllCaps(w) {
			return false
		}
	}
	return true
}
