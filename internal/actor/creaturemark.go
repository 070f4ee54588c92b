package actor

import (
	"slices"
	"strings"
)

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
	if i := slices.IndexFunc(m.name, func(w string) bool { return w == "of" }); i > 0 {
		// "Sir Velmo of Hethersett, a Shire stallion," then "Velmo
		// had behaved": the name before its place.
		st.creatures[strings.ToLower(strings.Join(m.name[:i], " "))] = true
		if m.hon != "" {
			st.creatures[strings.ToLower(m.hon+"|"+strings.Join(m.name[:i], " "))] = true
		}
	}
	if len(m.name) == 2 && creatureEpithets[strings.ToLower(m.name[0])] {
		// "Big Nora, the dinosaur," then "Nora was found": the
		// name without its epithet.
		st.creatures[strings.ToLower(m.name[1])] = true
	}
	if m.hon != "" {
		st.creatures[strings.ToLower(m.hon+"|"+strings.Join(m.name, " "))] = true
	} else if len(m.name) > 1 && (isHonorific(m.name[0]) || horseTitles[strings.ToLower(m.name[0])]) {
		// "Father Corran" read whole: its mentions with the title split
		// off ("Father" and "Corran") are the creature's too.
		st.creatures[strings.ToLower(m.name[0]+"|"+strings.Join(m.name[1:], " "))] = true
	}
}

// creatureEpithets open an animal's name as a nickname's adjective
// ("Big Nora", "Little Percy", "Old Tom"); the story may then call it
// by the name alone.
var creatureEpithets = setOf(`big little old young fat tiny lucky`)

// noteCreatureName records words, a name with no title, as a
// creature's.
func (st *story) noteCreatureName(words []string) {
	if st.creatures == nil {
		st.creatures = map[string]bool{}
	}
	st.creatures[strings.ToLower(strings.Join(words, " "))] = true
}

// titledKey is the key noteCreature gives a name read whole with its
// title ("father|corran" for "Father Corran") for m, whose title the
// rules split off as its honorific or its one role, or the tagger left
// out right before it, or "".
func (st *story) titledKey(m *mention) string {
	t := m.hon
	if t == "" && len(m.roles) == 1 {
		t = m.roles[0]
	}
	if d := st.doc(m.para); t == "" && d != nil && m.s > 0 {
		if p := d.toks[m.s-1]; p.word && p.cap && horseTitles[p.lower] {
			t = p.text // "Father Corran at 12-1" tagged as "Corran"
		}
	}
	if t == "" {
		return ""
	}
	return strings.ToLower(t + "|" + strings.Join(m.name, " "))
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
	var people map[string]bool // names a mention of which speaks or owns (ownerMention)
	for _, m := range st.mentions {
		if m.kind == Person && st.ownerMention(m) {
			if people == nil {
				people = map[string]bool{}
			}
			people[strings.ToLower(strings.Join(m.name, " "))] = true
		}
	}
	for _, m := range st.mentions {
		// A lone given name the tagger read as a place is taken for a
		// person by the vote (givenplace.go): "Big Nora, the dinosaur,"
		// then "Nora was found" is the creature too.
		given := m.kind == Place && len(m.name) == 1 && givenName(m.name[0])
		if m.kind != Person && !given || !st.creatures[strings.ToLower(strings.Join(m.name, " "))] && !st.titledCreature(m) && !st.creatures[st.titledKey(m)] {
			continue
		}
		if len(m.roles) > 1 || len(m.roles) == 1 && !titleWord(strings.ToLower(m.roles[0])) || people[strings.ToLower(strings.Join(m.name, " "))] {
			continue
		}
		animalTitled(st.doc(m.para), m)
		m.pev, m.weakPev, m.xev = 0, 0, max(m.xev, 4)
	}
}

// endsSaying reports whether the name ending before token e ends the
// clause "said" opens before it ("…,' said Lady Kell." or "said Lady
// Kell, who"), rather than opening the clause said ("…, said Velma had
// behaved"): punctuation or a word that goes on an apposition follows.
func endsSaying(toks []tok, e int) bool {
	if e >= len(toks) || !toks[e].word {
		return true
	}
	switch toks[e].lower {
	case "who", "of", "at", "from", "in", "and":
		return true
	}
	return false
}

// ownerThings after a name's possessive are what a person owns or
// trains, never a creature: "Sir Ivo Marsh's horse", "Lady Kell's yard".
var ownerThings = setOf(`horse horses yard stable stables string runner runners filly colt gelding
mare stallion dog dogs cat cats pony ponies`)

// ownerMention reports whether the person mention m speaks (a saying
// verb after it, or before it after a quotation or a comma) or owns an animal or a yard (ownerThings after its
// possessive): such a name is a person's wherever else it stands beside
// a creature's cue.
func (st *story) ownerMention(m *mention) bool {
	d := st.doc(m.para)
	if d == nil {
		return false
	}
	toks, s, e := d.toks, m.s, m.e
	if e < len(toks) && toks[e].is(clsSayVerb) || s >= 2 && toks[s-1].is(clsSayVerb) && !toks[s-2].word && endsSaying(toks, e) {
		return true // "Lady Kell said", "…,' said Lady Kell" (not "Ada Kell said Lady Velma would run", nor "His owner, Ada Kell, said Velma had")
	}
	if e+1 >= len(toks) || !isPossessive(&toks[e]) {
		return false
	}
	k := e + 1
	if k+1 < len(toks) && toks[k].word && !toks[k].cap && !ownerThings[toks[k].lower] {
		k++ // "Lady Kell's grey filly"
	}
	return ownerThings[toks[k].lower]
}
