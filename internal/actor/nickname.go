package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/nlp"
	"github.com/storyline/storyline/internal/petname"
)

// nicknamed returns the one person of the story, known by a full name,
// whose given name or surname a one-word mention shortens, as nicknames
// do ("Tats" for Tatiana, "Becks" for Beckham, "Fergie" for Ferguson):
// without its pet-name ending the mention starts the name; or it is a
// short form of the given name (shortGiven: "Santi" for Santiago,
// "Clemmie" for Clementine, "Decky" for Declan). It must be
// neither a word nor a name the lexicon knows nor a given name of its
// own, nor be read as a body or a place, nor be introduced as someone
// new ("a chap named Woody, who"). It returns nil when no person or more
// than one fits.
func (st *story) nicknamed(m *mention) *cluster {
	if len(m.name) != 1 || m.hon != "" || m.the || m.ofTitle || m.kind == Org || m.kind == Place || m.pev > 0 {
		return nil
	}
	w := m.name[0]
	l := lowerKey(w)
	if len(l) < 4 || !nameLike(w) || isAllCaps(w) || wordCasing(l) != nlp.CasingUnknown || givenName(w) || st.lower[l] {
		return nil
	}
	core := ""
	for _, end := range petEndings {
		if c, ok := strings.CutSuffix(l, end); ok && len(c) >= 3 {
			core = c
			break
		}
	}
	var found *cluster
	for _, c := range st.clusters {
		n := longest(c).name
		if len(n) < 2 {
			continue
		}
		first := lowerKey(n[0])
		if (core == "" || !shortens(l, core, first) && !shortens(l, core, lowerKey(n[len(n)-1]))) && !shortGiven(l, first) {
			continue // "Santi" of Santiago, "Clemmie" of Clementine (petname.go)
		}
		if found != nil && found != c {
			return nil
		}
		found = c
	}
	return found
}

// petEndings end nicknames made from the start of a name: "Tats",
// "Fergie", "Woody", "Gazza".
var petEndings = [...]string{"zza", "ie", "sy", "s", "y", "o", "a"}

// shortens reports whether nickname l, core without its pet-name ending,
// shortens name.
func shortens(l, core, name string) bool {
	return len(l) < len(name) && strings.HasPrefix(name, core)
}

// givenNameOf reports whether a one-word mention the tagger did not call
// a person is the given name of exactly one person the story names in
// full ("Celia" after "Celia Birtwell"), and not a word or a name of a
// place or body the lexicon knows ("Victoria", "Chelsea"). The word must
// be a known given name or the person shown to be one (personEvidence).
func (st *story) givenNameOf(m *mention) bool {
	if len(m.name) != 1 || m.hon != "" || m.the || m.ofTitle {
		return false
	}
	w := m.name[0]
	var buf [32]byte
	if len(st.byFirst[string(appendLowerKey(buf[:0], w))]) != 1 {
		return false // most names: told without making the key
	}
	l := lowerKey(w)
	cs := st.byFirst[l]
	if len(cs) != 1 || len(longest(cs[0]).name) < 2 || !nameLike(w) || isAllCaps(w) || st.lower[l] {
		return false
	}
	if c := wordCasing(l); c == nlp.CasingLower || c == nlp.CasingMixed {
		return false
	}
	for _, t := range knownTypes(w) {
		if t == "LOC" || t == "ORG" {
			return false
		}
	}
	return givenName(w) || personEvidence(cs[0])
}

// personEvidence reports whether a mention of c shows a person by more
// than the tagger's word: a title, a role, a split-off title, a rule or
// context ("fashion designer Celia Birtwell, 79"), which firms named like
// people ("Pernod Ricard") lack.
func personEvidence(c *cluster) bool {
	for _, m := range c.mentions {
		if m.hon != "" || len(m.roles) > 0 || m.rule || m.split {
			return true
		}
	}
	return false
}

// petNamed returns the one person of the story, known by a full name,
// whose given name a one-word mention is an English pet name of, spelt
// otherwise ("Gus" for Augustus, "Tash" for Natasha: petname). No
// person of the story may go by the word itself, as a given name or a
// surname. A pet name that is also a given name of its own ("Nell",
// "Harry", "Perry") names another person as often, in a round-up of
// short items above all ("Brothers for Nell" items after Helen
// Featherstone's wedding): it must follow a mention of the person in
// its paragraph or the two before. It returns nil when no person or
// more than one fits.
func (st *story) petNamed(m *mention) *cluster {
	if len(m.name) != 1 || m.hon != "" || m.the || m.ofTitle || m.kind == Org || m.kind == Place {
		return nil
	}
	l := lowerKey(m.name[0])
	if petname.Of(l) == nil || !nameLike(m.name[0]) || st.lower[l] || len(st.byFirst[l]) > 0 || len(st.bySurname[l]) > 0 {
		return nil
	}
	own := givenName(m.name[0])
	var found *cluster
	for _, c := range st.clusters {
		n := longest(c).name
		if len(n) < 2 || !petname.Is(l, lowerKey(n[0])) || own && !recentlySeen(c, m, 2) {
			continue
		}
		if found != nil && found != c {
			return nil
		}
		found = c
	}
	return found
}
