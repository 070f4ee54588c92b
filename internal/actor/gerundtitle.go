package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// A name opening with a capitalised participle in "-ing" inside a
// sentence is a title, of a film, a book or a show ("the success of
// Finding Velmo", "her role in Being Ada"), or of an event ("the
// Boxing Day fixtures"), not a person's: a given name is no ordinary word
// the lexicon writes in lower case. Given names in "-ing" ("Irving",
// "Erling") and surnames ("Downing", "Harding") are known as such or
// written capitalised.

// gerundTitle reports whether mention m of d, a name of two words or
// more that does not open its sentence, opens with such a participle:
// five letters or more, no given name, a word the lexicon writes in
// lower case or both ways; the name ends in no plural (a band: "Rolling
// Velmos"), no place's and no body's head noun.
func gerundTitle(d *paraDoc, m *mention) bool {
	if len(m.name) < 2 || m.s >= len(d.toks) || d.toks[m.s].sentStart {
		return false
	}
	first := m.name[0]
	l := strings.ToLower(first)
	if len(l) < 5 || !strings.HasSuffix(l, "ing") || givenName(first) {
		return false
	}
	if c := wordCasing(l); c != nlp.CasingLower && c != nlp.CasingMixed {
		return false
	}
	last := m.name[len(m.name)-1]
	if headBits(last)&(orgHead|placeHead) != 0 || placeWordsFold.has(last) {
		return false
	}
	if ll := strings.ToLower(last); strings.HasSuffix(ll, "s") && !strings.HasSuffix(ll, "ss") && wordCasing(ll) == nlp.CasingLower {
		return false // "Rolling Velmos", a band
	}
	return true
}

// gerundBefore reports whether a capitalised participle in "-ing" that
// does not open its sentence stands right before mention m, maybe with
// a title of address between ("to see Driving Miss Velmo", "a part in
// Becoming Ada Kell"): the tagger left the title's first word out, and
// the name is a character's in the work, no person's.
func gerundBefore(toks []tok, m *mention) bool {
	k := m.s - 1
	if k >= 0 && m.hon != "" && toks[k].word && toks[k].honorific() {
		k--
	}
	if k < 0 || !toks[k].word || !toks[k].cap || toks[k].sentStart {
		return false
	}
	l := toks[k].lower
	if len(l) < 5 || !strings.HasSuffix(l, "ing") || givenName(toks[k].text) {
		return false
	}
	c := wordCasing(l)
	return c == nlp.CasingLower || c == nlp.CasingMixed
}
