package actor

import "strings"

// A club, a firm or a band may be named like a person, by a town and a
// surname-like word ("Morecroft Stanley", "Tarrow Hale"), and then
// called by its last word alone ("the Stanley boss", "Hale's shares").
// A person's surname alone is never read as a body by its own context:
// one can write "Kell's manager", not "the Kell manager". So a two-word
// name read as a person's, with no given name opening it and nothing
// said of a person at any of its mentions (no title, role, age or
// pronoun), whose last word alone some mention of the story reads as a
// body by the words around it (mention.body), more often than the
// tagger reads it as a person's, and none as a person's, is that body.

// shortFormBodies makes such person mentions organisations, before
// resolvePersons takes the one-word body for the person's surname
// (the "tagger slips" rule).
func (st *story) shortFormBodies() {
	var bodies map[string]bool
	for _, m := range st.mentions {
		if m.kind != Person && len(m.name) == 1 && m.body && st.outvotedPerson(m.nameKey()) {
			if bodies == nil {
				bodies = map[string]bool{}
			}
			bodies[strings.ToLower(m.name[0])] = true
		}
	}
	if len(bodies) == 0 {
		return
	}
	for _, m := range st.mentions {
		if m.kind == Person && len(m.name) == 1 {
			delete(bodies, strings.ToLower(m.name[0])) // "with or without Campbell": the word alone names a person too
		}
	}
	var named map[string]bool // keys of two-word names with a person's evidence somewhere
	for _, m := range st.mentions {
		if m.kind == Person && len(m.name) == 2 && bodies[strings.ToLower(m.name[1])] && (m.hon != "" || m.rule || m.split || len(m.roles) > 0 || m.pev > 0) {
			if named == nil {
				named = map[string]bool{}
			}
			named[m.nameKey()] = true
		}
	}
	for _, m := range st.mentions {
		if m.kind != Person || len(m.name) != 2 || m.ofTitle || m.the || givenName(m.name[0]) || named[m.nameKey()] || !bodies[strings.ToLower(m.name[1])] {
			continue
		}
		m.kind = Org
	}
}

// outvotedPerson reports whether the votes of the name key (voteKinds)
// for other kinds than a person outnumber the tagger's person readings
// and a person's evidence: not "Campbell" read four times as a person
// and once, with "its" after it, as a body.
func (st *story) outvotedPerson(key string) bool {
	i, ok := st.work.of[key]
	if !ok || i >= len(st.work.tallies) {
		return false
	}
	v := &st.work.tallies[i]
	return v.n[1]+v.n[2]+v.n[3] > v.n[0]
}
