package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads line-ups: teams listed as an initial and a surname
// each ("J Robinson (capt); M Cueto, J Noon, D Humphreys (Ireland)"). A
// tagger reads some of those names as bodies, but where a paragraph
// writes several names in that shape and reads some of them as
// people's, they are all people.

// minLineup is how many names of an initial and a surname a paragraph
// needs to be read as a line-up.
const minLineup = 3

// coherLineups makes every name of an initial and a surname a person's
// in a paragraph with at least minLineup such names, one or more of them
// read as a person's already.
func (st *story) coherLineups() {
	for i := 0; i < len(st.mentions); {
		j := i
		shaped, people := 0, 0
		for ; j < len(st.mentions) && st.mentions[j].para == st.mentions[i].para; j++ {
			if m := st.mentions[j]; initialSurname(m) {
				shaped++
				if m.kind == Person {
					people++
				}
			}
		}
		if shaped >= minLineup && people > 0 && people < shaped {
			for _, m := range st.mentions[i:j] {
				if m.kind != Person && initialSurname(m) {
					st.makePerson(m.nameKey())
				}
			}
		}
		i = j
	}
}

// makePerson gives every mention of the story called key the person kind.
func (st *story) makePerson(key string) {
	for _, o := range st.mentions {
		if o.nameKey() == key {
			o.kind = Person
		}
	}
}

// initialSurname reports whether m is written as one capital letter and
// a surname of one or two capitalised words, maybe with a particle ("D
// Humphreys", "P de Villiers", "A Lo Cicero"), with no title, no "the"
// and no head noun of a body, a place, an event or a document at its end
// ("X Factor", "V Festival" are things).
func initialSurname(m *mention) bool {
	n := m.name
	if len(n) < 2 || len(n) > 3 || m.the || m.hon != "" || m.ofTitle {
		return false
	}
	first := strings.TrimSuffix(n[0], ".")
	if r, size := utf8.DecodeRuneInString(first); size != len(first) || !unicode.IsUpper(r) {
		return false
	}
	last := n[len(n)-1]
	if !nameLike(last) || headBits(last) != 0 || orgWords[strings.ToLower(last)] {
		return false
	}
	return len(n) == 2 || particles[n[1]] || nameLike(n[1])
}
