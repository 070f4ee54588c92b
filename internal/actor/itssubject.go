package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// This file holds the test of whose "its" a name shaped like a person's
// is followed by. "Its" later in a name's sentence speaks for a body
// (pronounAfter: "Corvane said its profits fell"), but only when the
// name is what "its" points back to: the subject of its clause, with no
// other noun phrase between them. A name the tagger read as a person's,
// shaped like one, after a verb or a preposition ("Tarrow Rovers has
// appointed Ada Kell as its first manager", "particularly to Ivo Marsh
// as its head chef", "a portrait by the painter Ada Kell, cut from its
// frame") or before another noun phrase ("Ada Kell said the boat was the
// finest of its kind") is not; "its" is the subject's or the other
// phrase's.

// othersIts reports whether "its" at token k, after the name of m in
// its sentence, speaks of another than m (see above): m is a name the
// tagger read as a person's alone (personNameAlone), and a determiner
// opens another noun phrase
// between the name and "its", or the name is not its clause's subject
// (clauseSubject) and no "and" or "or" joins a second verb between them.
func othersIts(toks []tok, m *mention, k int) bool {
	if !personNameAlone(toks, m) {
		return false
	}
	joined := false
	for i := m.e; i < k; i++ {
		t := &toks[i]
		if t.word && !t.cap && nounDeterminers[t.lower] {
			return true
		}
		joined = joined || (t.lower == "and" || t.lower == "or") && toks[i-1].text != ","
	}
	// "to close Ysgol Corran and move its pupils": a second verb of the
	// same subject may speak of the object (not after a comma, where a
	// clause of its own begins: "founded by the late Ada Kell, and its
	// director said").
	return !joined && !clauseSubject(toks, m.s)
}

// personNameAlone reports whether m is a name the tagger read as a
// person's, shaped like one (personShapedName), not right after an
// article ("as the Glen Corran ski centre opened its slopes": a name
// after an article qualifies a noun, "in a Morris Minor, which": a make),
// a possessive and at most two words of no kin or role ("Haddow's old
// Morris Minor, which": a thing owned) or a work's noun ("the film Ada Kell has had its premiere": a work's
// title is its own subject).
func personNameAlone(toks []tok, m *mention) bool {
	if m.typ != "PER" || !personShapedName(m.name) {
		return false
	}
	if m.s > 0 && (nounDeterminers[toks[m.s-1].lower] || toks[m.s-1].is(clsWorkNoun) || toks[m.s-1].is(clsTitleNoun)) {
		return false
	}
	// "Haddow's old Morris Minor, which": a thing owned, after a
	// possessive and at most two words that are no kin's or role's.
	for k := m.s - 1; k >= 0 && k >= m.s-3; k-- {
		t := &toks[k]
		switch {
		case isPossessive(t) || t.is(clsPossessiveDet):
			return false
		case !t.word || t.cap || isKinship(t.lower) || isRoleHeadL(t.lower) || personAgentNoun(t):
			return true
		}
	}
	return true
}

// objectPersonName reports whether m is a person's name alone
// (personNameAlone) that is not its clause's subject (clauseSubject): a
// "which" after it is the head noun's before it ("a new play by Oren
// Quillet, which is two hours long").
func objectPersonName(toks []tok, m *mention) bool {
	return personNameAlone(toks, m) && !clauseSubject(toks, m.s)
}

// nounDeterminers open a noun phrase.
var nounDeterminers = setOf(`the a an this these those`)

// personShapedName reports whether name is shaped like a person's: two
// or three words, none a role, title or body word (tailIsName), the last
// no head noun of a body, a place, an event or a document, the first a
// given name the model knows or a word it knows as nothing at all
// ("Marisol", "Ysolde").
func personShapedName(name []string) bool {
	if len(name) < 2 || len(name) > 3 || !tailIsName(name) || headBits(name[len(name)-1]) != 0 {
		return false
	}
	f := name[0]
	return givenName(f) || wordCasing(strings.ToLower(f)) == nlp.CasingUnknown && len(knownTypes(f)) == 0
}

// clauseSubject reports whether the name opening at token s, with the
// words that qualify it ("US mortgage company", "the Georgian
// painter"), opens its clause: at the sentence's start, after
// punctuation, a conjunction or a verb of saying ("the regulator said
// Ada Kell would"). A preposition or a verb before it ("appointed",
// "naming", "gave") makes it an object.
func clauseSubject(toks []tok, s int) bool {
	for k := s - 1; k >= 0 && k >= s-6; k-- {
		t := &toks[k]
		switch {
		case !t.word:
			if isPossessive(t) {
				continue // "Velmo's Ada Kell"
			}
			return true
		case t.cap:
			if t.sentStart {
				return true
			}
			continue // "the Georgian painter", "US tycoon"
		case itsSubjectOpeners[t.lower]:
			return true
		case t.is(clsPrepositionWord) || objectPrepositions[t.lower]:
			return false
		case nounDeterminers[t.lower] || t.is(clsPossessiveDet) || isRoleHeadL(t.lower) || (t.lists()&inBusinessNouns != 0) || isKinship(t.lower):
			continue
		case t.is(clsAfterNounWord) || len(t.lower) > 3 && strings.HasSuffix(t.lower, "ed") || len(t.lower) > 4 && strings.HasSuffix(t.lower, "ing"):
			return false // "has appointed", "after naming", "gave"
		}
	}
	return true
}

// itsSubjectOpeners before a name open a clause of which it may be the
// subject: conjunctions and verbs of saying.
var itsSubjectOpeners = setOf(`and but or that while when whereas although though because so then yet if
said says say told tells`)

// objectPrepositions, beside prepositionWords, put a name in a phrase of
// its own: "off Ivo Marsh" ("as" is as often a conjunction: "as Ada
// Kell said").
var objectPrepositions = setOf(`off onto against about over under among between via like than
during beside towards toward through`)
