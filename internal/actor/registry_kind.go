package actor

import "strings"

// thingKinds are the kinds that one name has only one of across the
// archive: a story reading "UK" as an organisation and another reading it
// as a place name the same country. Between a person and a thing the
// shape of the name decides (shapeEntry).
var thingKinds = [...]string{Org, Place, Other}

// isThingKind reports whether kind is one of thingKinds.
func isThingKind(kind string) bool { return kind == Org || kind == Place || kind == Other }

// thingEntry returns the entry a name (folded, pool ID) already has under
// another of thingKinds (any of them for a person), or nil. The caller
// holds the write lock.
func (r *Registry) thingEntry(kind string, name uint32) *regEntry {
	if !isThingKind(kind) && kind != Person {
		return nil
	}
	for _, other := range thingKinds {
		if other == kind {
			continue
		}
		kid, ok := r.pool.ids[other]
		if !ok {
			continue
		}
		if e, ok := r.byKey[regKey{kid, name}]; ok {
			return e
		}
	}
	return nil
}

// kindVote returns the kind of an entry: for a person its own; else the
// kind most stories read the name as, then the kind with the most
// mentions, then the entry's own (the first story's reading). Stories
// that read the name as a person's with a role or a title ("R&B singer
// Usher", "Mr Brown") outvote the things when they are more than the
// stories of the leading kind: a one-word name that joined a thing of
// that name is then a person after all. So it is when stories reading it
// only as a person's, role or none, are three or more and more than
// twice those of the leading kind (bareStories).
func (r *Registry) kindVote(e *regEntry) string {
	if !isThingKind(e.kind) {
		return e.kind
	}
	var stories, mentions [len(thingKinds)]int
	last := [len(thingKinds)]uint32{^uint32(0), ^uint32(0), ^uint32(0)}
	mixed := false
	people, lastPerson := 0, ^uint32(0)
	for _, c := range e.contrib {
		kind := e.kind
		sh := r.pool.shape(c.shape)
		if sh.kind != 0 {
			kind = r.pool.strs[sh.kind-1]
			mixed = true
		}
		if kind == Person && lastPerson != c.story && r.personEvidence(sh) {
			lastPerson = c.story
			people++
		}
		i := thingIndex(kind)
		if i < 0 {
			continue
		}
		if last[i] != c.story {
			last[i] = c.story
			stories[i]++
		}
		mentions[i] += r.pool.mentions(c)
	}
	if !mixed {
		return e.kind
	}
	best := thingIndex(e.kind)
	for i := range thingKinds {
		if stories[i] > stories[best] || stories[i] == stories[best] && mentions[i] > mentions[best] {
			best = i
		}
	}
	if people > stories[best] {
		return Person
	}
	if bare := r.bareStories(e); bare >= 3 && bare > 2*stories[best] {
		return Person // "God" read as a person's in ten stories, as a place's in one
	}
	return thingKinds[best]
}

// bareStories counts the stories of thing entry e that read its name, one
// word, as a person's only, and never as a thing's: a story that names
// both ("Orrin" the man beside "Orrin" the firm) says nothing of which
// the name mostly is.
func (r *Registry) bareStories(e *regEntry) int {
	n := 0
	person, thing := false, false
	for i, c := range e.contrib {
		kind := e.kind
		sh := r.pool.shape(c.shape)
		if sh.kind != 0 {
			kind = r.pool.strs[sh.kind-1]
		}
		if kind == Person {
			person = person || r.pool.facts(sh.name).words == 1
		} else {
			thing = true
		}
		if i+1 == len(e.contrib) || e.contrib[i+1].story != c.story {
			if person && !thing {
				n++
			}
			person, thing = false, false
		}
	}
	return n
}

// joinMisread returns the entry a story's person reading a of a bare,
// one-word name (pool ID) joins: e, where attach sent it, unless e holds
// only such readings with nothing said of a person (no role, no title;
// "Chelsea said") and the name is a thing's archive-wide ("Chelsea" the
// club). Then e merges into the thing, whatever order the stories came
// in, unless this story names both (num).
func (r *Registry) joinMisread(e *regEntry, a *Actor, name, num uint32) *regEntry {
	if a.Kind != Person || e.kind != Person || len(e.surnames) > 0 || r.pool.facts(name).words != 1 || r.actorEvidence(a) {
		return e
	}
	t := r.thingEntry(Person, r.pool.form(formFold, name))
	if t == nil || t == e || inStory(t, num) || r.entryEvidence(e) {
		return e
	}
	r.merge(e, t)
	return t
}

// actorEvidence reports whether a story read a as a person with a role
// or a personal title ("Mr Brown").
func (r *Registry) actorEvidence(a *Actor) bool {
	if len(a.Roles) > 0 {
		return true
	}
	for _, al := range a.Aliases {
		if personalTitle(al) {
			return true
		}
	}
	return false
}

// entryEvidence reports whether any story read entry e as a person with
// a role or a personal title.
func (r *Registry) entryEvidence(e *regEntry) bool {
	for _, c := range e.contrib {
		if r.personEvidence(r.pool.shape(c.shape)) {
			return true
		}
	}
	return false
}

// personalTitle reports whether an alias opens with a title that only
// people bear ("Mr Brown", "Dr Fox"), not one that also opens the names
// of works and places ("Lord of the Rings", "Prince Edward Theatre").
func personalTitle(alias string) bool {
	w, _, _ := strings.Cut(alias, " ")
	w = strings.TrimSuffix(w, ".")
	switch w {
	case "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Mx", "Prof", "Professor", "Cllr":
		return true
	}
	return false
}

// personEvidence reports whether a story's actor (its shape) was read as
// a person with a role or with a personal title in an alias ("Mr
// Brown").
func (r *Registry) personEvidence(sh regShape) bool {
	if len(sh.roles) > 0 {
		return true
	}
	for _, al := range sh.aliases {
		if personalTitle(r.pool.strs[al]) {
			return true
		}
	}
	return false
}

// thingIndex returns the index of kind in thingKinds, or -1.
func thingIndex(kind string) int {
	for i, k := range thingKinds {
		if k == kind {
			return i
		}
	}
	return -1
}

// personShaped reports whether a name (pool ID) is shaped like a person's:
// two or more words, the first a given name the model knows ("Vera
// Drake", not "New York", "BBC Sport" or "Chelsea").
func (r *Registry) personShaped(name uint32) bool {
	return PersonShaped(r.pool.strs[name])
}

// PersonShaped reports whether name is shaped like a person's: two or
// more words, the first a given name the model knows ("Vera Drake", not
// "New York", "BBC Sport" or "Chelsea"). Between a person's and a thing's
// reading of one name in different stories, the archive-wide views keep
// the person's only for such names.
func PersonShaped(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && givenName(f[0])
}

// shapeEntry returns the entry a name (pool ID, folded fold) read as kind
// joins across the person/thing line, or nil: a person reading of a name
// not shaped like a person's joins the thing of that name ("Australia"
// once read as a person), and a thing reading of a person-shaped name
// joins the person ("Andy Roddick" once read as a body). A story num that
// names both already told them apart ("Jordan" the man and "Jordan" the
// country). The caller holds the write lock.
func (r *Registry) shapeEntry(kind string, name, fold, num uint32) *regEntry {
	var e *regEntry
	switch {
	case kind == Person && !r.personShaped(name):
		e = r.thingEntry(Person, fold)
	case isThingKind(kind) && r.personShaped(name):
		e = r.entryOfKind(Person, fold)
	}
	if e != nil && inStory(e, num) {
		return nil
	}
	return e
}

// inStory reports whether story num contributed to e (it is the latest
// story, so its contributions come last).
func inStory(e *regEntry, num uint32) bool {
	return len(e.contrib) > 0 && e.contrib[len(e.contrib)-1].story == num
}

// absorbMisread merges into e, just made for a name (pool ID, folded
// fold) read as kind, the entry of the same name on the other side of the
// person/thing line that shapeEntry would have sent here.
func (r *Registry) absorbMisread(kind string, name, fold, num uint32, e *regEntry) {
	var old *regEntry
	switch {
	case isThingKind(kind) && !r.personShaped(name):
		old = r.entryOfKind(Person, fold)
	case kind == Person && r.personShaped(name):
		old = r.thingEntry(Person, fold)
	}
	// A person with a full name that a lone surname read as a thing
	// reaches through its keys ("Wilkinson" as a place, Jonny Wilkinson)
	// stays a person.
	if old != nil && old != e && !inStory(old, num) && !(isThingKind(kind) && !r.fullName(name) && len(old.surnames) > 0) {
		r.merge(old, e)
	}
}

// entryOfKind returns the entry keyed by kind and a folded name, or nil.
func (r *Registry) entryOfKind(kind string, fold uint32) *regEntry {
	kid, ok := r.pool.ids[kind]
	if !ok {
		return nil
	}
	return r.byKey[regKey{kid, fold}]
}
