package actor

import (
	"sort"
)

// Ranked returns the n archive actors named in the most stories (then
// with the most mentions); n <= 0 returns them all.
func (r *Registry) Ranked(n int) []Entry {
	r.mu.Lock()
	r.refresh()
	out := make([]Entry, 0, len(r.entries))
	for _, e := range r.entries {
		out = append(out, *e.sum)
	}
	r.mu.Unlock()
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Stories != b.Stories {
			return a.Stories > b.Stories
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.ID < b.ID
	})
	if n > 0 && n < len(out) {
		out = out[:n]
	}
	return out
}

// resolve follows the redirects merges left from id.
func (r *Registry) resolve(id string) string {
	for i := 0; i < 8; i++ {
		to, ok := r.redirect[id]
		if !ok {
			break
		}
		id = to
	}
	return id
}

// Lookup finds an archive actor by ID (also an ID it had before a merge),
// by name or by alias (ignoring case, accents and spacing), or by the
// surname of a person with a full name ("Barroso"). An ambiguous alias or
// surname matches the entry named in the most stories.
func (r *Registry) Lookup(q string) (Entry, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.refresh()
	if e, ok := r.entries[r.resolve(q)]; ok {
		return *e.sum, true
	}
	k, ok := r.pool.ids[foldKey(q)]
	if !ok {
		return Entry{}, false // no name or alias folds to it
	}
	for _, kind := range [...]string{Person, Org, Place, Other} {
		if kid, ok := r.pool.ids[kind]; ok {
			if e, ok := r.byKey[regKey{kid, k}]; ok {
				return *e.sum, true
			}
		}
	}
	best := mostNamed(r.aliasKeys[k])
	if best == nil {
		if pid, ok := r.pool.ids[Person]; ok {
			best = mostNamed(r.bySurname[regKey{pid, k}])
		}
	}
	if best == nil {
		return Entry{}, false
	}
	return *best, true
}

// mostNamed returns the summary of the entry named in the most stories
// (the smallest ID of those tied), or nil for none.
func mostNamed(es []*regEntry) *Entry {
	var best *Entry
	for _, e := range es {
		if s := e.sum; best == nil || s.Stories > best.Stories || s.Stories == best.Stories && s.ID < best.ID {
			best = s
		}
	}
	return best
}

// StoriesOf returns the IDs of the stories naming an archive actor,
// sorted.
func (r *Registry) StoriesOf(id string) []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	e := r.entries[r.resolve(id)]
	if e == nil {
		return nil
	}
	var out []string
	for i, c := range e.contrib {
		if i == 0 || e.contrib[i-1].story != c.story {
			out = append(out, r.stories[c.story].id)
		}
	}
	sort.Strings(out)
	return out
}

// EntryOf returns the ID of the archive actor a story's actor was merged
// into.
func (r *Registry) EntryOf(storyID string, a Actor) (string, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	num, ok := r.storyNum[storyID]
	if !ok {
		return "", false
	}
	for _, n := range r.stories[num].entries {
		e := r.byNum[n]
		lo, hi := storyRun(e.contrib, num)
		for _, c := range e.contrib[lo:hi] {
			sh := r.pool.shape(c.shape)
			kind := e.kind
			if sh.kind != 0 {
				kind = r.pool.strs[sh.kind-1]
			}
			if kind == a.Kind && r.pool.strs[sh.name] == a.Name {
				return e.id, true
			}
		}
	}
	return "", false
}

// Len returns the number of archive actors.
func (r *Registry) Len() int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return len(r.entries)
}
