package actor

import (
	"slices"
	"sort"
)

// seenAt is where a form first appears in an entry's contributions: the
// story (in story-ID order), the actor of that story, the item of its
// list. The first appearance picks the spelling kept and breaks ties.
type seenAt struct {
	story uint32
	actor int
	item  int
}

// formTally counts one form (a name, role, alias or affiliation, told apart
// by key) over an entry's contributions.
type formTally struct {
	key, form uint32 // pool IDs: the form compared, the spelling kept
	n         int
	at        seenAt
}

// before reports whether place a comes before b.
func (r *Registry) before(a, b seenAt) bool {
	if a.story != b.story {
		return r.stories[a.story].id < r.stories[b.story].id
	}
	if a.actor != b.actor {
		return a.actor < b.actor
	}
	return a.item < b.item
}

// count adds one sighting of key, spelled form, at place at.
func (r *Registry) count(ts []formTally, key, form uint32, at seenAt) []formTally {
	for i := range ts {
		if ts[i].key == key {
			ts[i].n++
			if r.before(at, ts[i].at) {
				ts[i].form, ts[i].at = form, at
			}
			return ts
		}
	}
	return append(ts, formTally{key: key, form: form, n: 1, at: at})
}

// summarise makes the summary of an entry from its contributions, and
// returns the folded forms of its name and aliases for Lookup.
//
// The name is the fullest form (persons), else the most used; ties go to
// the form more stories use, then alphabetical order. Roles are ordered by
// use, ties by first appearance (stories in ID order); each alias and role
// keeps the spelling of its first appearance; the affiliation is the most
// used, ties alphabetical.
func (r *Registry) summarise(e *regEntry) (*Entry, []uint32) {
	p := &r.pool
	s := &Entry{ID: e.id, Kind: r.kindVote(e), Roles: []string{}, Aliases: []string{}}
	var names, roles, aliases, affil []formTally
	at := seenAt{story: ^uint32(0)}
	for _, c := range e.contrib {
		if c.story != at.story {
			at = seenAt{story: c.story}
			s.Stories++
		} else {
			at.actor++
		}
		s.Mentions += p.mentions(c)
		sh := p.shape(c.shape)
		name := p.form(formNorm, sh.name)
		names = r.count(names, name, name, at)
		for j, ro := range sh.roles {
			roles = r.count(roles, p.form(formLower, ro), ro, seenAt{at.story, at.actor, j})
		}
		for j, al := range sh.aliases {
			aliases = r.count(aliases, p.form(formFold, al), al, seenAt{at.story, at.actor, j})
		}
		if sh.affil != 0 {
			affil = r.count(affil, sh.affil, sh.affil, at)
		}
	}
	sort.Slice(names, func(i, j int) bool {
		ni, nj := p.strs[names[i].key], p.strs[names[j].key]
		if e.kind == Person {
			if wi, wj := p.nameWords(names[i].key), p.nameWords(names[j].key); wi != wj {
				return wi > wj
			}
		}
		if names[i].n != names[j].n {
			return names[i].n > names[j].n
		}
		return ni < nj
	})
	s.Name = p.strs[names[0].key]
	nameKey := p.form(formFold, names[0].key)
	keys := []uint32{nameKey}
	sort.Slice(aliases, func(i, j int) bool { return r.before(aliases[i].at, aliases[j].at) })
	for _, t := range aliases {
		if t.key != nameKey {
			s.Aliases = append(s.Aliases, p.strs[t.form])
			keys = append(keys, t.key)
		}
	}
	seen := func(k uint32) bool {
		return slices.ContainsFunc(aliases, func(t formTally) bool { return t.key == k })
	}
	for _, t := range names[1:] {
		if k := p.form(formFold, t.key); !seen(k) {
			aliases = append(aliases, formTally{key: k})
			if k != nameKey {
				s.Aliases = append(s.Aliases, p.strs[t.key])
				keys = append(keys, k)
			}
		}
	}
	sort.Slice(roles, func(i, j int) bool {
		if roles[i].n != roles[j].n {
			return roles[i].n > roles[j].n
		}
		return r.before(roles[i].at, roles[j].at)
	})
	for _, t := range roles {
		s.Roles = append(s.Roles, p.strs[t.form])
	}
	if s.Kind != Person {
		// Roles of people who joined a thing of their name ("Chief
		// Yahoo") are not the thing's.
		s.Roles, affil = s.Roles[:0], nil
	}
	// One role written differently in different stories is one role, in
	// its most informative form ("chief executive of Kestrel Mobile").
	if len(s.Roles) > 1 {
		s.Roles = MergeRoles(s.Roles)
	}
	best := 0
	for _, t := range affil {
		if a := p.strs[t.key]; t.n > best || t.n == best && a < s.Affiliation {
			s.Affiliation, best = a, t.n
		}
	}
	return s, keys
}

// summary returns the up-to-date summary of a live entry, remaking it
// (and its Lookup records) when stale. The caller holds the write lock.
func (r *Registry) summary(e *regEntry) *Entry {
	if e.sum != nil && !e.stale {
		return e.sum
	}
	s, keys := r.summarise(e)
	e.sum, e.stale = s, false
	r.unindexAliases(e)
	for _, k := range keys {
		if !slices.Contains(e.aliases, k) {
			r.aliasKeys[k] = append(r.aliasKeys[k], e)
			e.aliases = append(e.aliases, k)
		}
	}
	return s
}

// refresh brings every stale summary up to date.
func (r *Registry) refresh() {
	for _, e := range r.pending {
		if !e.dead {
			r.summary(e)
		}
	}
	r.pending = nil
}
