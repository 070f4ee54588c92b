package actor

import "slices"

// This file tells a title of a work from a person's name by its small
// words. A person's name holds no function words: a title written in
// title case does ("Carry On Tarrow", "Ride To Velmora", "In The Shade
// Of The Orchard", "Ada And Her Magic Kite"), and so does one with "of
// the" in lower case ("Night of the Velmor", "Son of the Marsh"). A title of
// place is a person's name ("Duke of Corran", "Prince of Velmora") but
// not after "of" a plural the lexicon writes in lower case and the
// gazetteer knows as no place ("King of Spoons", "Duke of Kettles");
// "of the" after a title makes a work too (mention.go). An epithet after
// a lower-case "the" stays a person's ("Ivo Marsh the Younger").

// titleFunctionWords are the function words a title in title case
// capitalises and a person's name never holds after its first word. "A"
// is left out (an initial), as are "Her" and "Do", which are surnames
// too.
var titleFunctionWords = setOf(`Of The And To On In At For With From By Into Onto Upon His Their My
Your Our Its You Me It Is Are Was Like Or Nor But Versus`)

// titleCaseWork reports whether words, read as a person's name, are the
// title of a work by their small words (see the comment at the top of
// titlecase.go).
func titleCaseWork(words []string) bool {
	if len(words) < 2 {
		return false
	}
	for i, w := range words[1:] {
		if titleFunctionWords[w] {
			return true
		}
		if w == "of" && i+2 < len(words) && words[i+2] == "the" && !isHonorific(words[0]) {
			return true // "Son of the Marsh"; a title's "Lord of the …" is read below
		}
	}
	return false
}

// placelessTitle reports whether words, a title, "of" and one word, hold
// a plural the lexicon writes in lower case and the gazetteer knows as
// no place ("King of Spoons", "Duke of Kettles"): a work's name or a
// nickname, no title of place.
func placelessTitle(words []string) bool {
	if len(words) != 3 || words[1] != "of" {
		return false
	}
	w := words[2]
	if len(w) < 4 || w[len(w)-1] != 's' || !commonWord(w) {
		return false
	}
	return !slices.Contains(knownTypes(w), "LOC") && !slices.Contains(knownTypes(w), "PER")
}

// markTitleWorks makes every mention read as a person's whose words,
// with the title split off, are a work's title by their small words
// ("Empress Of Tarrow", "Gangs Of Velmora" in a list of people) a thing
// of kind other, whatever the tagger, a title or the list around it
// said.
func (st *story) markTitleWorks() {
	for _, m := range st.mentions {
		if m.kind != Person || m.ofTitle || m.the {
			continue
		}
		words := m.name
		if m.hon != "" {
			words = append([]string{m.hon}, m.name...)
		}
		if !titleCaseWork(words) {
			continue
		}
		m.name, m.hon, m.key = words, "", ""
		m.kind, m.roles, m.affil, m.split, m.rule = Other, nil, "", false, false
		m.pev, m.weakPev, m.xev = 0, 0, max(m.xev, 4)
	}
}
