package actor

// A one-word name the tagger reads as a miscellaneous thing may be a
// deliberative body: a chamber of a legislature ("the Commons", "the
// Lords") or a council. A reader tells them from events and titles by
// what the story does with them: one reports to a body ("told the
// Commons"), a body has committees and officers ("the Commons trade
// committee", "Leader of the Lords") and a body votes ("the Senate
// voted"). An event or a work has none of these ("the Olympics", "the
// Oscars"), so chamberEvidence asks for one of them and no list of names.

// addressVerbs are verbs whose object is who hears what is said.
var addressVerbs = setOf(`told tell tells telling addressed address addresses addressing`)

// bodyOffices are the nouns of a body's officers and its room that a
// body's one-word name qualifies ("Commons Speaker", "the Commons
// chamber"), or that head an office "of the" body ("Leader of the
// Commons"); committees are its parts, named further after it ("the
// Commons work and pensions committee").
var bodyOffices = setOf(`speaker clerk leader chamber`)

// voteVerbs are what a deliberative body does as a body.
var voteVerbs = setOf(`voted votes approved rejected debated sits sat adjourned`)

// chamberEvidence weighs a one-word mention m the tagger read as a
// miscellaneous thing for a deliberative body: 3 for the hearer of a
// telling verb ("told the Commons"), an office "of the" name, the name
// qualifying an office or its chamber ("Commons Speaker") or a committee
// after at most four lower-case words ("the Commons public accounts
// committee"), or the subject of a voting verb
// ("the Commons voted").
func chamberEvidence(toks []tok, m *mention) int {
	s, e := m.s, m.e
	if len(m.name) != 1 || m.typ != "MISC" {
		return 0
	}
	the := s >= 1 && toks[s-1].lower == "the"
	if the && s >= 2 && addressVerbs[toks[s-2].lower] {
		return 3
	}
	if the && s >= 3 && toks[s-2].lower == "of" && toks[s-3].word && bodyOffices[toks[s-3].lower] {
		return 3
	}
	if the && e < len(toks) && toks[e].word && voteVerbs[toks[e].lower] {
		return 3
	}
	if e < len(toks) && bodyOffices[toks[e].lower] {
		return 3
	}
	for k := e; k < len(toks) && k <= e+4; k++ {
		t := &toks[k]
		if !t.word || t.cap && k > e {
			return 0
		}
		if t.lower == "committee" || t.lower == "committees" {
			return 3
		}
	}
	return 0
}

// bodyOverMisc reports whether a name's tally v, won by another kind of
// thing, goes to the body some mention's use shows (chamberEvidence): the
// other-thing votes are only the tagger's miscellaneous readings, with no
// cue of an event or a work of their own, and no mention reads as a person
// or a place. A name is one thing in a story, and "in the Commons" is the
// body told of elsewhere.
func bodyOverMisc(v *kindTally) bool {
	return v.chamber > 0 && v.otherCue == 0 && v.n[kindIndex(Person)] == 0 && v.n[kindIndex(Place)] == 0
}

// firmOverMisc reports whether a name's tally v, won by another kind of
// thing on the tagger's miscellaneous readings alone (no cue of an event
// or a work), goes to a body because two mentions or more have strong
// context of their own for one ("aircraft firm Boeing", "Boeing's
// shares") and none reads as a person.
func firmOverMisc(v *kindTally) bool {
	org := v.n[kindIndex(Org)]
	return v.otherCue == 0 && v.bodyEv >= 2 &&
		v.n[kindIndex(Person)] == 0 && !v.personEv && 2*v.n[kindIndex(Place)] <= org
}
