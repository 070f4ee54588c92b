package actor

import "strings"

// This file holds the rule that mends a person split in two: a full
// name shaped like a person's that the votes made a body, a place or a
// thing, whose surname the story writes alone as a person's with a title
// of address, an age or a role ("Eleanor Vickery's deputy chief of staff"
// read as a firm's, then "Ms Vickery told reporters"), is that person.
// The surname must be no other full name's of the story, whose bearer
// the bare surname might be ("Tamsin Lakhari" beside "Lakhari Silks").

// surnamePersons makes each name of two or three words shaped like a
// person's (personShapedName) that was read as no person, whose last
// word is a person's mention of its own with a title of address, an
// age or a role (surnameEvidence) and the surname of no other full name
// of the story, a person at every mention.
func (st *story) surnamePersons() {
	var cands map[string]string // name key -> surname, lower case
	for _, m := range st.mentions {
		if m.kind == Person || m.kind == "" || len(m.name) < 2 || len(m.name) > 3 || m.the || m.xev > 0 || !personShapedName(m.name) {
			continue
		}
		if cands == nil {
			cands = map[string]string{}
		}
		cands[m.nameKey()] = strings.ToLower(m.name[len(m.name)-1])
	}
	if len(cands) == 0 {
		return
	}
	backed := map[string]bool{} // surnames written alone with a person's evidence
	for _, m := range st.mentions {
		if m.kind == Person && len(m.name) == 1 && surnameEvidence(m) {
			backed[strings.ToLower(m.name[0])] = true
		}
	}
	for _, m := range st.mentions {
		if len(m.name) < 2 {
			continue
		}
		k := m.nameKey()
		if _, ok := cands[k]; ok && m.xev > 0 {
			delete(cands, k) // a work's title or a part somewhere in the story
			continue
		}
		sur := strings.ToLower(m.name[len(m.name)-1])
		for ck, cs := range cands {
			if cs == sur && ck != k {
				delete(cands, ck) // another full name ends in the surname: "Tamsin Lakhari", "Lakhari Silks"
			}
		}
	}
	for _, m := range st.mentions {
		if sur, ok := cands[m.nameKey()]; ok && backed[sur] {
			m.kind = Person
		}
	}
}

// surnameEvidence reports whether a one-word person mention has a
// person's evidence of its own: a title of address ("Ms Vickery"), a
// role, or context that only people have (an age) beyond a pronoun.
func surnameEvidence(m *mention) bool {
	return m.hon != "" && honorificClass(m.hon) == "plain" || len(m.roles) > 0 || m.pev > m.weakPev
}
