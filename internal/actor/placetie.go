package actor

import "strings"

// A one-word name the tagger reads as a person's, whose own context
// reads it as a place as strongly ("warnings for Galway, Mayo and
// Clare", "married at St Michael's Church, Amberleigh"), is a place when
// nothing in the story says it is a person's: no title, role, age or
// pronoun, no full name of the story bearing the word ("Jude" beside
// "Jude Fairweather"), no person or given name beside it in a list
// ("Gordon and Val Pickersgill"), no mention of it saying anything or
// owning anything, a place beside it in a list, in a
// paragraph of prose, not a list of names such as a team's line-up
// (proseParagraph), outside a sports story. The tagger's reading of a
// lone word is its guess from the word alone; the context is evidence.

// loneWord reports whether the word w names no one else in the story
// and some place stands beside it: no person's name of several words
// holds it, no mention of it stands beside a person in a list
// (listedWithPerson), before a verb of saying, which places do not do
// ("Zadan and Meron added"), or before a possessive (a list of owners,
// "in Tarrow and Brannock's musical"), and a mention of it is listed
// beside a name read as a place. A preposition alone is no such
// evidence: "we believe in Orlan".
func (st *story) loneWord(w string) bool {
	placed := false
	for _, m := range st.mentions {
		if len(m.name) == 1 {
			if strings.EqualFold(m.name[0], w) {
				d := st.doc(m.para)
				if d == nil || listedWithPerson(d, m) || m.e < len(d.toks) && (d.toks[m.e].is(clsSayVerb) || isPossessive(&d.toks[m.e])) {
					return false // "Gordon and Val", "Zadan and Meron added:", "Tarrow and Brannock's musical"
				}
				if _, _, p := listNeighbours(d, m); p > 0 {
					placed = true // "Galway, Mayo and Clare"
				}
			}
			continue
		}
		if m.kind != Person && m.typ != "PER" {
			continue
		}
		for _, x := range m.name {
			if strings.EqualFold(x, w) {
				return false
			}
		}
	}
	return placed
}

// proseParagraph reports whether d holds more lower-case words than
// capitalised ones: running text, not a list of names ("Delport;
// Pieters, Rasmussen, Lombard, O'Leary; …").
func proseParagraph(d *paraDoc) bool {
	if d == nil {
		return false
	}
	lower, upper := 0, 0
	for i := range d.toks {
		if t := &d.toks[i]; t.word {
			if t.cap {
				upper++
			} else {
				lower++
			}
		}
	}
	return lower > upper
}
