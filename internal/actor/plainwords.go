package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// plainWordsName reports whether m is no person's name by its words
// alone: two or three words of which the first is no given name nor an
// initial and the last a word the lexicon writes in lower case nine
// times in ten ("Orchard Rise", "West End", "Harbour Point"), with no
// title, role or person evidence but a later pronoun, no saying verb
// beside it, and neither word used alone as a name elsewhere in the
// story ("Price, 57," beside "Sen. Darnell Price"). Surnames that are
// ordinary words ("Short", "Best", "Stride") mostly follow given names
// ("Clare Short"); a name opening with an unknown word and ending in a
// common noun names a street, a district or a thing.
func (st *story) plainWordsName(m *mention) bool {
	if m.hon != "" || len(m.roles) > 0 || m.pev > m.weakPev || !plainWords(m.name) {
		return false
	}
	if d := st.doc(m.para); d != nil && saidBeside(d.toks, span{s: m.s, e: m.e}) {
		return false // "said Gill Champion": places do not speak
	}
	return !st.usedAlone(m.name[0], m.name[len(m.name)-1])
}

// usedAlone reports whether the story writes last with a capital
// anywhere but right after first: a surname used alone ("Price said"),
// after a title or after another given name ("Mr Price", "Anna Price").
// After another capitalised word it ends another name of things
// ("Football Manager" beside "Championship Manager", "Multiplayer
// Online" beside "Ultima Online"), no sign of a surname; so does a
// sentence's first word that the story also writes in lower case.
func (st *story) usedAlone(first, last string) bool {
	for _, d := range st.docs {
		for k := range d.toks {
			t := &d.toks[k]
			if !t.cap || t.text != last {
				continue
			}
			if t.sentStart && st.lower[strings.ToLower(last)] {
				continue // "Online gaming can be …" beside "online games"
			}
			if k == 0 {
				return true
			}
			p := &d.toks[k-1]
			if p.text != first && (!p.word || !p.cap || p.sentStart && !givenName(p.text) || p.honorific() || givenName(p.text)) {
				return true
			}
		}
	}
	return false
}

// plainWords reports whether a name of two or three words opens with a
// word that is no given name nor an initial and ends with a word the
// lexicon writes in lower case (see plainWordsName).
func plainWords(name []string) bool {
	if len(name) < 2 || len(name) > 3 {
		return false
	}
	first, last := name[0], name[len(name)-1]
	if len(strings.TrimSuffix(first, ".")) < 2 || isAllCaps(first) || isAllCaps(last) || givenName(first) {
		return false
	}
	return lowerNoun(strings.ToLower(last))
}

// lowerNoun reports whether the lexicon writes l in lower case nine times
// in ten, or, when it does not know l, its singular: "voyages", "parcels".
func lowerNoun(l string) bool {
	switch wordCasing(l) {
	case nlp.CasingLower:
		return true
	case nlp.CasingUnknown:
		if one, ok := strings.CutSuffix(l, "s"); ok && len(one) > 2 {
			return wordCasing(one) == nlp.CasingLower
		}
	}
	return false
}
