package actor

// thingKinds are the kinds that one name has only one of across the
// archive: a story reading "UK" as an organisation and another reading it
// as a place name the same country. A person of the same name stays apart
// ("Chelsea" the woman, "Chelsea" the club).
var thingKinds = [...]string{Org, Place, Other}

// isThingKind reports whether kind is one of thingKinds.
func isThingKind(kind string) bool { return kind == Org || kind == Place || kind == Other }

// thingEntry returns the entry a name (folded, pool ID) already has under
// another of thingKinds, or nil. The caller holds the write lock.
func (r *Registry) thingEntry(kind string, name uint32) *regEntry {
	if !isThingKind(kind) {
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
// mentions, then the entry's own (the first story's reading).
func (r *Registry) kindVote(e *regEntry) string {
	if !isThingKind(e.kind) {
		return e.kind
	}
	var stories, mentions [len(thingKinds)]int
	last := [len(thingKinds)]uint32{^uint32(0), ^uint32(0), ^uint32(0)}
	mixed := false
	for _, c := range e.contrib {
		kind := e.kind
		if sh := r.pool.shape(c.shape); sh.kind != 0 {
			kind = r.pool.strs[sh.kind-1]
			mixed = true
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
	return thingKinds[best]
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
