package actor

import "slices"

// The items of one list are mostly of one kind: "Byron Shire, Ballina,
// Lismore and Evans Head" lists towns, and a name in it the tagger read
// as a person's ("Evans Head") is a town too unless the story speaks of
// a person: a title, a role, a pronoun, a surname used alone.

// pluralPlaceNouns, at the end of a list ("and 41 other postcodes"),
// make its items places.
var pluralPlaceNouns = setOf(`postcodes towns suburbs villages cities areas regions districts
counties provinces states countries localities shires boroughs municipalities neighbourhoods
communities islands territories`)

// cohereLists makes the people in a list of places places when nothing
// else in the story says they are people. A list is two or more names
// joined by commas, "and" or "or" (not two joined by a comma and "and"
// before a clause, andClause; also "including", "Richmond Valley
// including Casino and Evans Head"); all its names are places when a
// plural place noun closes it ("…, Glen
// Innes and 41 other NSW postcodes"). A person's name in it becomes a
// place when two sure places stand in the list and it looks like a
// town's, or when the plural noun closes the list.
func (st *story) cohereLists() {
	ms := st.mentions
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ms[j].para == ms[i].para && ms[j].s >= ms[j-1].e && listLink(st.doc(ms[i].para), ms[j-1].e, ms[j].s) {
			j++
		}
		if j-i > 2 || j-i == 2 && !andClause(st.doc(ms[i].para), ms[i].e, ms[i+1].s, ms[i+1].e) {
			st.cohereList(ms[i:j])
		}
		i = j
	}
}

// cohereList applies cohereLists to the mentions of one list.
func (st *story) cohereList(list []*mention) {
	st.peopleList(list)
	st.firmList(list)
	st.bodyPairs(list)
	st.clubList(list)
	st.workList(list)
	st.suchAsList(list)
	places, read, others := 0, 0, 0 // sure places, place readings, people
	for _, m := range list {
		switch {
		case m.kind == Person:
			others++
		case m.kind == Place:
			read++
			if surePlace(m.name) {
				places++
			}
		}
	}
	if others == 0 {
		return
	}
	last := list[len(list)-1]
	closed := placeNounCloses(st.doc(last.para), last.e)
	// One word is too often a player's surname, but not in a longer list
	// with a sure place and at least three place readings, as many as
	// people, outside a sports story ("Tooting, Streatham, Balham,
	// Islington and Victoria").
	oneWord := places >= 1 && read >= 3 && read >= others && !sportsStory(st.cues)
	// Nor in a list where places stand, after a preposition of place,
	// closed by "and" or "or", of places only but for the people read,
	// as many ("stores planned in Tarrow, Halvey and Brannock", "parts
	// of Velmoshire and Brannock"; not an address: "at St Anne's Church,
	// Ashcombe, in Dorset"; nor a list of owners: "in Rodgers and
	// Hammerstein's musical").
	// A surname the lexicon knows may be a town's there too.
	where := read >= others && read+others == len(list) && !sportsStory(st.cues) && placeListOpens(st.doc(list[0].para), list[0].s) &&
		andClosed(st.doc(last.para), list[len(list)-2].e, last.s) && !ownsNext(st.doc(last.para), last.e)
	if !closed && places < 2 && !oneWord && !where {
		return
	}
	for _, m := range list {
		if m.kind != Person || !closed && !townLike(m.name) && !(oneWord && townWord(m.name)) && !(where && placeWord(m.name)) || st.personEvidence(m) {
			continue
		}
		st.rekind(m.nameKey(), Person, Place)
	}
}

// surePlace reports whether a name voted a place is surely one: the
// model knows its first word as a place's, or a place noun ends it
// ("Byron Shire", "Richmond Valley"). Line-ups of players the tagger
// read as places ("Cech, Ferreira") are not.
func surePlace(name []string) bool {
	if placeWordsFold.has(name[len(name)-1]) || headBits(name[len(name)-1])&placeHead != 0 {
		return true
	}
	for _, t := range knownTypes(name[0]) {
		if t == "LOC" {
			return true
		}
	}
	return false
}

// townLike reports whether a name read as a person's may be a town's
// among places: two words or more, opening with no given name or
// initial ("Evans Head", "Kuala Lumpur"; not "Glen Innes", "S Easterby").
// One word is too often a player's surname.
func townLike(name []string) bool {
	if len(name) < 2 || givenName(name[0]) {
		return false
	}
	f := name[0]
	return len(f) > 2 && f[len(f)-1] != '.'
}

// townWord reports whether a one-word name read as a person's may be a
// town's in a list of places: no given name, and not known to the
// lexicon as a person's.
func townWord(name []string) bool {
	return len(name) == 1 && len(name[0]) > 2 && !isAllCaps(name[0]) && !givenName(name[0]) && !slices.Contains(knownTypes(name[0]), "PER")
}

// placeWord reports whether a one-word name read as a person's may be a
// town's where places stand: no given name, no initials.
func placeWord(name []string) bool {
	return len(name) == 1 && len(name[0]) > 2 && !isAllCaps(name[0]) && !givenName(name[0])
}

// andClause reports whether tokens [e, s) of d are a comma and "and" or
// "or" and the name from s to e2 goes on with a word in lower case, no
// preposition: between two names alone they open another clause, the
// second its subject, not a list ("breeds alpacas in Herefordshire, and
// Saul Vance declined"; but "at the Maracana, and Sao Paolo -").
func andClause(d *paraDoc, e, s, e2 int) bool {
	toks := d.toks
	if s-e != 2 || toks[e].text != "," || toks[e+1].lower != "and" && toks[e+1].lower != "or" || e2 >= len(toks) {
		return false
	}
	t := &toks[e2]
	return t.word && !t.cap && !t.is(clsPrepositionWord) && !t.is(clsLinkWord)
}

// listLink reports whether tokens [e, s) of d join two items of a list:
// a comma, "and", "or", ", and", or "including" with maybe one more
// capitalised word and "and" ("including Casino and").
func listLink(d *paraDoc, e, s int) bool {
	if d == nil || s > len(d.toks) {
		return false
	}
	between := d.toks[e:s]
	if joinedBy(between) {
		return true
	}
	if len(between) > 0 && between[0].text == "," {
		between = between[1:]
	}
	if len(between) == 0 || between[0].lower != "including" {
		return false
	}
	switch len(between) {
	case 1:
		return true
	case 3:
		return between[1].cap && between[1].word && (between[2].text == "and" || between[2].text == ",")
	}
	return false
}

// placeNounCloses reports whether a plural place noun closes the list
// whose last item ends at token e: "and 41 other NSW postcodes", "and
// other towns", within five words.
func placeNounCloses(d *paraDoc, e int) bool {
	if d == nil || e >= len(d.toks) || d.toks[e].text != "and" && d.toks[e].text != "or" && d.toks[e].text != "," {
		return false
	}
	for k := e + 1; k < len(d.toks) && k <= e+5; k++ {
		t := &d.toks[k]
		if !t.word || t.sentStart {
			return false
		}
		if pluralPlaceNouns[t.lower] {
			return true
		}
	}
	return false
}

// personEvidence reports whether the story speaks of m's name as a
// person's: a title, a role or a rule found it, its context weighs for a
// person, or its last word stands alone as a person elsewhere in the
// story ("Evans Head … Head said").
func (st *story) personEvidence(m *mention) bool {
	key := m.nameKey()
	surname := m.name[len(m.name)-1]
	for _, o := range st.mentions {
		if o.kind != Person {
			continue
		}
		if o.nameKey() == key && (o.hon != "" || o.rule || o.split || len(o.roles) > 0 || o.pev >= 2) {
			return true
		}
	}
	if len(m.name) < 2 {
		return false
	}
	for _, d := range st.docs {
		for k := range d.toks {
			t := &d.toks[k]
			// The surname alone, no capitalised word beside it.
			if t.text == surname && (k == 0 || !d.toks[k-1].cap) && (k+1 >= len(d.toks) || !d.toks[k+1].cap) {
				return true
			}
		}
	}
	return false
}

// peopleList makes a one-word name read as a place a person's in a list
// of people: two full names or more with a given name first (or read
// whole as a person's by the tagger), no sure place in the list, and no
// mention of the name in the story with place evidence (its context or
// a place read beside it in a list) ("Madonna, Uma Thurman and Demi Moore", "follows Morrissey, David
// Bowie and Nick Cave"). A town among people ("Ada Kell, Tom Reyne and
// Corran") is known to the gazetteer or used as a place somewhere; a
// name after "the" or before a lower-case word it qualifies is no item
// of the list.
func (st *story) peopleList(list []*mention) {
	st.placesInList(list, Person, func(m *mention) bool {
		return m.kind == Person && len(m.name) >= 2 && (givenName(m.name[0]) || m.typ == "PER")
	})
}

// firmList makes a one-word name read as a place a body's, on the terms
// of peopleList, in a list of two bodies or more the tagger read as such
// and the gazetteer does not know as places ("Nokia, LG Electronics,
// Lenovo, Panasonic, Samsung and Siemens"; not "the Midlands,
// Merseyside, Bristol and Leeds"), with no person in it, outside a
// sports story.
func (st *story) firmList(list []*mention) {
	if sportsStory(st.cues) || slices.ContainsFunc(list, func(m *mention) bool { return m.kind == Person }) {
		return // line-ups of clubs and players; "DMX, Ludacris, Ja Rule and Ashanti"
	}
	st.placesInList(list, Org, func(m *mention) bool {
		return m.kind == Org && m.typ == "ORG" && !slices.Contains(knownTypes(m.name[0]), "LOC")
	})
}

// placesInList gives kind to the one-word place readings of list (see
// peopleList) when two items or more are sure of that kind.
func (st *story) placesInList(list []*mention, kind string, sure func(*mention) bool) {
	n := 0
	for _, m := range list {
		switch {
		case m.kind == Place && surePlace(m.name):
			return
		case sure(m):
			n++
		}
	}
	if n < 2 {
		return
	}
	for _, m := range list {
		if m.kind != Place || len(m.name) != 1 || m.the || !nameLike(m.name[0]) || isAllCaps(m.name[0]) || qualifiesNoun(st.doc(m.para).toks, m) {
			continue // "The Godfather", "and Railtrack managers Alistair Cook"
		}
		key := m.nameKey()
		if slices.ContainsFunc(st.mentions, func(o *mention) bool { return o.nameKey() == key && o.lev > 0 }) {
			continue
		}
		st.rekind(key, Place, kind)
	}
}

// qualifiesNoun reports whether the name of m is written after "the" or
// before a lower-case word: it then qualifies or names a noun rather
// than a list's item of its own ("and Railtrack managers").
func qualifiesNoun(toks []tok, m *mention) bool {
	if m.s > 0 && toks[m.s-1].lower == "the" {
		return true
	}
	return m.e < len(toks) && toks[m.e].word && !toks[m.e].cap
}

// placeListOpens reports whether a list whose first item starts at token
// s follows a preposition of place ("in", "across", "near" …) or "parts"
// or "areas" and "of": where places stand.
func placeListOpens(d *paraDoc, s int) bool {
	if d == nil || s == 0 {
		return false
	}
	p := d.toks[s-1].lower
	if placePrepositions[p] {
		return true
	}
	return p == "of" && s >= 2 && (d.toks[s-2].lower == "parts" || d.toks[s-2].lower == "areas")
}

// ownsNext reports whether a possessive follows token e of d: a list
// that ends "Rodgers and Hammerstein's musical" names owners, not places.
func ownsNext(d *paraDoc, e int) bool {
	return d != nil && e < len(d.toks) && isPossessive(&d.toks[e])
}

// andClosed reports whether "and" or "or" is among the tokens [e, s) of d
// that join the last two items of a list.
func andClosed(d *paraDoc, e, s int) bool {
	if d == nil || s > len(d.toks) {
		return false
	}
	for _, t := range d.toks[e:s] {
		if t.text == "and" || t.text == "or" {
			return true
		}
	}
	return false
}

// bodyPairs makes a name read as a person's a body's in a list closed by
// "and" or "or" beside a sure body, one whose name is coined in mixed case
// ("NatWest") or ends in a body's head noun ("Velby Research Centre"),
// when no item of the list opens with a given name, the name is not a
// one-word name the lexicon knows as a person's, and nothing in the story
// speaks of it as a person's: "jobs for Tarrow Marten and NatWest",
// "figures from Velmometer and Corran Research Centre". In a sports
// story a one-word name stays: "Kell and Tarrow United" lists a player
// and a club.
func (st *story) bodyPairs(list []*mention) {
	last := list[len(list)-1]
	if !andClosed(st.doc(last.para), list[len(list)-2].e, last.s) {
		return
	}
	sports := sportsStory(st.cues)
	sure := false
	for _, m := range list {
		if givenName(m.name[0]) {
			return
		}
		if m.kind == Org && (headBits(m.name[len(m.name)-1])&orgHead != 0 || slices.ContainsFunc(m.name, camelCase)) {
			sure = true
		}
	}
	if !sure {
		return
	}
	for _, m := range list {
		if m.kind != Person || m.hon != "" || m.rule || len(m.roles) > 0 || !allNameLike(m.name) ||
			len(m.name) == 1 && (sports || slices.Contains(knownTypes(m.name[0]), "PER")) || st.personEvidence(m) {
			continue
		}
		st.rekind(m.nameKey(), Person, Org)
	}
}

// rekind gives kind to every mention of the story called key that has
// kind from.
func (st *story) rekind(key string, from, to string) {
	for _, o := range st.mentions {
		if o.kind == from && o.nameKey() == key {
			o.kind = to
		}
	}
}
