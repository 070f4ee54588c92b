package actor

import "strings"

// An animal or a vessel named like a person is spoken of as one: "A
// pony called Percy has been taken. Percy, who is 14, …", "My beagle,
// Mr Darcy, was banned … Mr Darcy was not sorry." Where one mention has
// an animal's or a vessel's cue (creatureName, animal.go), the name's
// other mentions, whose pronouns, "who" or courtesy title speak as of a
// person, are that creature too.

// noteCreature records the name of m, without its title, as a
// creature's.
func (st *story) noteCreature(m *mention) {
	if st.creatures == nil {
		st.creatures = map[string]bool{}
	}
	st.creatures[strings.ToLower(strings.Join(m.name, " "))] = true
}

// markCreatures makes every person mention of a name recorded by
// noteCreature a thing, kind other, title and all, unless a role that
// is no mere title describes it ("vet Percy Marsh" is a person).
func (st *story) markCreatures() {
	if len(st.creatures) == 0 {
		return
	}
	for _, m := range st.mentions {
		if m.kind != Person || !st.creatures[strings.ToLower(strings.Join(m.name, " "))] {
			continue
		}
		if len(m.roles) > 1 || len(m.roles) == 1 && !titleWord(strings.ToLower(m.roles[0])) {
			continue
		}
		animalTitled(st.doc(m.para), m)
		m.pev, m.weakPev, m.xev = 0, 0, max(m.xev, 4)
	}
}
