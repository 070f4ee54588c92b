package actor

import "strings"

// An animal or a vessel named like a person is spoken of as one: "A
// pony called Percy has been taken. Percy, who is 14, …", "My beagle,
// Mr Darcy, was banned … Mr Darcy was not sorry." Where one mention has
// an animal's or a vessel's cue (creatureName, animal.go), the name's
// other mentions, whose pronouns, "who" or courtesy title speak as of a
// person, are that creature too, and so is a longer name the creature's
// opens after the same title ("Sir Tarrow Blue" beside "Sir Tarrow").

// noteCreature records the name of m, without its title, as a
// creature's.
func (st *story) noteCreature(m *mention) {
	if st.creatures == nil {
		st.creatures = map[string]bool{}
	}
	st.creatures[strings.ToLower(strings.Join(m.name, " "))] = true
	if m.hon != "" {
		st.creatures[strings.ToLower(m.hon+"|"+strings.Join(m.name, " "))] = true
	}
}

// noteCreatureName records words, a name with no title, as a
// creature's.
func (st *story) noteCreatureName(words []string) {
	if st.creatures == nil {
		st.creatures = map[string]bool{}
	}
	st.creatures[strings.ToLower(strings.Join(words, " "))] = true
}

// titledCreature reports whether m, a titled name, is longer than a
// creature's name recorded with the same title, which opens it: "Sir
// Tarrow" ridden, then "Sir Tarrow Blue won": the horse's full name.
func (st *story) titledCreature(m *mention) bool {
	if m.hon == "" {
		return false
	}
	for n := len(m.name) - 1; n >= 1; n-- {
		if st.creatures[strings.ToLower(m.hon+"|"+strings.Join(m.name[:n], " "))] {
			return true
		}
	}
	return false
}

// markCreatures makes every person mention of a name recorded by
// noteCreature a thing, kind other, title and all, unless a role that
// is no mere title describes it ("vet Percy Marsh" is a person).
func (st *story) markCreatures() {
	if len(st.creatures) == 0 {
		return
	}
	for _, m := range st.mentions {
		if m.kind != Person || !st.creatures[strings.ToLower(strings.Join(m.name, " "))] && !st.titledCreature(m) {
			continue
		}
		if len(m.roles) > 1 || len(m.roles) == 1 && !titleWord(strings.ToLower(m.roles[0])) {
			continue
		}
		animalTitled(st.doc(m.para), m)
		m.pev, m.weakPev, m.xev = 0, 0, max(m.xev, 4)
	}
}
