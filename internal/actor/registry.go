package actor

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Entry is one actor of the whole archive.
type Entry struct {
	ID          string   `json:"id"` // stable short slug, e.g. "ed-davey"
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	Roles       []string `json:"roles"`
	Aliases     []string `json:"aliases"`
	Affiliation string   `json:"affiliation,omitempty"`
	Stories     int      `json:"stories"`  // stories naming the actor
	Mentions    int      `json:"mentions"` // mentions over all stories
}

// Registry merges the actors of single stories into archive actors: the
// same person in different stories is one entry. A person known only by
// a surname in one story joins the one archive person of that kind with
// that surname, when there is exactly one. It is safe for concurrent use
// and serialises to JSON. The zero value is not usable; call NewRegistry.
type Registry struct {
	mu        sync.RWMutex
	entries   map[string]*regEntry       // by ID
	byKey     map[string]string          // Key → ID
	bySurname map[string]map[string]bool // kind + folded surname → IDs of full-name entries
	story     map[string]map[string]bool // story ID → entry IDs it contributes to
	redirect  map[string]string          // old ID → ID (after a merge)
	cache     map[string]*Entry          // summaries, rebuilt lazily
	aliasKeys map[string]map[string]bool // folded alias → IDs, for Lookup
	pending   map[string]bool            // IDs whose summary is stale
}

// regEntry is an archive actor with what each story said about it.
type regEntry struct {
	id      string
	kind    string
	contrib map[string][]Actor // story ID → actors of that story merged here
	// The index records pointing here, so that dropping is cheap.
	keys, surnames, aliases map[string]bool
}

func newRegEntry(id, kind string) *regEntry {
	return &regEntry{id: id, kind: kind, contrib: make(map[string][]Actor),
		keys: make(map[string]bool), surnames: make(map[string]bool), aliases: make(map[string]bool)}
}

// setKey points key k at entry e.
func (r *Registry) setKey(k string, e *regEntry) {
	if old, ok := r.byKey[k]; ok && old != e.id {
		if o := r.entries[old]; o != nil {
			delete(o.keys, k)
		}
	}
	r.byKey[k] = e.id
	e.keys[k] = true
}

// addSurname records that e is a full-name person with surname key sk.
func (r *Registry) addSurname(sk string, e *regEntry) {
	if r.bySurname[sk] == nil {
		r.bySurname[sk] = make(map[string]bool)
	}
	r.bySurname[sk][e.id] = true
	e.surnames[sk] = true
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{
		entries:   make(map[string]*regEntry),
		byKey:     make(map[string]string),
		bySurname: make(map[string]map[string]bool),
		story:     make(map[string]map[string]bool),
		redirect:  make(map[string]string),
		cache:     make(map[string]*Entry),
		aliasKeys: make(map[string]map[string]bool),
		pending:   make(map[string]bool),
	}
}

// Add records the actors of a story, replacing what the story said
// before.
func (r *Registry) Add(storyID string, actors []Actor) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.remove(storyID)
	// Full names first, so that surnames in the same batch can find them.
	order := make([]int, len(actors))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return len(strings.Fields(actors[order[a]].Name)) > len(strings.Fields(actors[order[b]].Name))
	})
	for _, i := range order {
		a := actors[i]
		if a.Name == "" {
			continue
		}
		e := r.attach(a)
		if e.contrib[storyID] == nil && r.story[storyID] == nil {
			r.story[storyID] = make(map[string]bool)
		}
		e.contrib[storyID] = append(e.contrib[storyID], a)
		r.story[storyID][e.id] = true
		r.pending[e.id] = true
	}
	if len(actors) == 0 {
		delete(r.story, storyID)
	}
}

// Remove forgets a story's actors; archive actors no story names any more
// disappear.
func (r *Registry) Remove(storyID string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.remove(storyID)
}

func (r *Registry) remove(storyID string) {
	for id := range r.story[storyID] {
		e := r.entries[id]
		if e == nil {
			continue
		}
		delete(e.contrib, storyID)
		r.pending[id] = true
		if len(e.contrib) == 0 {
			r.drop(e)
		}
	}
	delete(r.story, storyID)
}

// drop deletes an entry and its index records.
func (r *Registry) drop(e *regEntry) {
	delete(r.entries, e.id)
	delete(r.cache, e.id)
	delete(r.pending, e.id)
	for k := range e.keys {
		if r.byKey[k] == e.id {
			delete(r.byKey, k)
		}
	}
	for sk := range e.surnames {
		delete(r.bySurname[sk], e.id)
		if len(r.bySurname[sk]) == 0 {
			delete(r.bySurname, sk)
		}
	}
	for k := range e.aliases {
		delete(r.aliasKeys[k], e.id)
		if len(r.aliasKeys[k]) == 0 {
			delete(r.aliasKeys, k)
		}
	}
}

// surnameKey returns the index key of a person's surname.
func surnameKey(kind, name string) string {
	f := strings.Fields(foldKey(name))
	if len(f) == 0 {
		return ""
	}
	return kind + ":" + f[len(f)-1]
}

// isSingleName reports whether name is one bare word (no title).
func isSingleName(name string) bool {
	f := strings.Fields(name)
	return len(f) == 1
}

// nameWords counts the words of a name, a leading title not included.
func nameWords(name string) int {
	f := strings.Fields(name)
	if len(f) > 1 && isHonorific(f[0]) {
		return len(f) - 1
	}
	return len(f)
}

// isPeerName reports whether name is a peerage title and one word
// ("Lord Mandelson", "Baroness Harlow").
func isPeerName(name string) bool {
	f := strings.Fields(name)
	return len(f) == 2 && honorificClass(f[0]) == "peer" && f[0] != "Lady"
}

// attach finds or makes the entry an actor belongs to.
func (r *Registry) attach(a Actor) *regEntry {
	k := Key(a)
	if id, ok := r.byKey[k]; ok {
		return r.entries[id]
	}
	if isSingleName(a.Name) || isPeerName(a.Name) {
		// A surname alone ("Davey", "Lord Mandelson") joins the one
		// full-name entry with it.
		if ids := r.bySurname[surnameKey(a.Kind, a.Name)]; len(ids) == 1 {
			for id := range ids {
				return r.entries[id]
			}
		}
	}
	e := newRegEntry(r.newID(a), a.Kind)
	r.entries[e.id] = e
	r.setKey(k, e)
	if !isSingleName(a.Name) && !isPeerName(a.Name) && a.Kind == Person {
		sk := surnameKey(a.Kind, a.Name)
		r.addSurname(sk, e)
		// An earlier surname-only entry now has its full name, if this is
		// the only person with that surname (sk is that entry's key).
		if len(r.bySurname[sk]) == 1 {
			if old, ok := r.byKey[sk]; ok && old != e.id {
				r.merge(r.entries[old], e)
			}
		}
	}
	return e
}

// merge moves everything of from into to and leaves a redirect.
func (r *Registry) merge(from, to *regEntry) {
	if from == nil || from == to {
		return
	}
	for sid, as := range from.contrib {
		to.contrib[sid] = append(to.contrib[sid], as...)
		delete(r.story[sid], from.id)
		r.story[sid][to.id] = true
	}
	keys := from.keys
	from.keys = map[string]bool{}
	from.contrib = nil
	r.drop(from)
	for k := range keys {
		r.setKey(k, to)
	}
	r.redirect[from.id] = to.id
	r.pending[to.id] = true
}

// newID returns an unused slug for a new entry: the slug of its name,
// else with its kind, else numbered.
func (r *Registry) newID(a Actor) string {
	base := Slug(a.Name)
	if base == "" {
		base = a.Kind
	}
	free := func(id string) bool {
		_, taken := r.entries[id]
		_, moved := r.redirect[id]
		return !taken && !moved
	}
	if free(base) {
		return base
	}
	if id := base + "-" + a.Kind; free(id) {
		return id
	}
	for n := 2; ; n++ {
		if id := base + "-" + strconv.Itoa(n); free(id) {
			return id
		}
	}
}

// summary returns the (cached) summary of an entry. The caller holds the
// write lock or knows the entry is not pending.
func (r *Registry) summary(e *regEntry) *Entry {
	if s, ok := r.cache[e.id]; ok && !r.pending[e.id] {
		return s
	}
	s := summarise(e)
	r.cache[e.id] = s
	delete(r.pending, e.id)
	// Forget the aliases of the old summary, then index the new ones.
	for k := range e.aliases {
		delete(r.aliasKeys[k], e.id)
		if len(r.aliasKeys[k]) == 0 {
			delete(r.aliasKeys, k)
		}
	}
	e.aliases = make(map[string]bool)
	for _, al := range append([]string{s.Name}, s.Aliases...) {
		k := foldKey(al)
		if r.aliasKeys[k] == nil {
			r.aliasKeys[k] = make(map[string]bool)
		}
		r.aliasKeys[k][e.id] = true
		e.aliases[k] = true
	}
	return s
}

func summarise(e *regEntry) *Entry {
	s := &Entry{ID: e.id, Kind: e.kind, Stories: len(e.contrib), Roles: []string{}, Aliases: []string{}}
	nameStories := make(map[string]int)
	roleCount := make(map[string]int)
	roleForm := make(map[string]string)
	aliasSeen := make(map[string]bool)
	var names, roles, aliases []string
	affil := make(map[string]int)
	sids := make([]string, 0, len(e.contrib))
	for sid := range e.contrib {
		sids = append(sids, sid)
	}
	sort.Strings(sids)
	for _, sid := range sids {
		for _, a := range e.contrib[sid] {
			s.Mentions += a.Mentions
			name := normSpace(a.Name)
			if nameStories[name] == 0 {
				names = append(names, name)
			}
			nameStories[name]++
			for _, ro := range a.Roles {
				k := strings.ToLower(ro)
				if roleCount[k] == 0 {
					roles = append(roles, k)
					roleForm[k] = ro
				}
				roleCount[k]++
			}
			for _, al := range a.Aliases {
				if k := foldKey(al); !aliasSeen[k] {
					aliasSeen[k] = true
					aliases = append(aliases, al)
				}
			}
			if a.Affiliation != "" {
				affil[a.Affiliation]++
			}
		}
	}
	// The name: the fullest form (persons), else the most used; ties go
	// to the form more stories use, then alphabetical order.
	sort.SliceStable(names, func(i, j int) bool {
		if e.kind == Person {
			wi, wj := nameWords(names[i]), nameWords(names[j])
			if wi != wj {
				return wi > wj
			}
		}
		if nameStories[names[i]] != nameStories[names[j]] {
			return nameStories[names[i]] > nameStories[names[j]]
		}
		return names[i] < names[j]
	})
	s.Name = names[0]
	for _, n := range names[1:] {
		if k := foldKey(n); !aliasSeen[k] {
			aliasSeen[k] = true
			aliases = append(aliases, n)
		}
	}
	nameKey := foldKey(s.Name)
	for _, al := range aliases {
		if foldKey(al) != nameKey {
			s.Aliases = append(s.Aliases, al)
		}
	}
	sort.SliceStable(roles, func(i, j int) bool { return roleCount[roles[i]] > roleCount[roles[j]] })
	for _, k := range roles {
		s.Roles = append(s.Roles, roleForm[k])
	}
	best := 0
	for a, n := range affil {
		if n > best || n == best && a < s.Affiliation {
			s.Affiliation, best = a, n
		}
	}
	return s
}

// refresh brings every stale summary up to date.
func (r *Registry) refresh() {
	for id := range r.pending {
		if e := r.entries[id]; e != nil {
			r.summary(e)
		} else {
			delete(r.pending, id)
		}
	}
}

// Ranked returns the n archive actors named in the most stories (then
// with the most mentions); n <= 0 returns them all.
func (r *Registry) Ranked(n int) []Entry {
	r.mu.Lock()
	r.refresh()
	out := make([]Entry, 0, len(r.entries))
	for _, e := range r.entries {
		out = append(out, *r.cache[e.id])
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

// Lookup finds an archive actor by ID (also an ID it had before a merge),
// by name or by alias (ignoring case, accents and spacing). An ambiguous
// alias matches the entry named in the most stories.
func (r *Registry) Lookup(q string) (Entry, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.refresh()
	id := q
	for i := 0; i < 8; i++ {
		to, ok := r.redirect[id]
		if !ok {
			break
		}
		id = to
	}
	if e, ok := r.entries[id]; ok {
		return *r.cache[e.id], true
	}
	k := foldKey(q)
	for _, kind := range [...]string{Person, Org, Place, Other} {
		if id, ok := r.byKey[kind+":"+k]; ok {
			return *r.cache[id], true
		}
	}
	var best *Entry
	for id := range r.aliasKeys[k] {
		if s, ok := r.cache[id]; ok && r.entries[id] != nil {
			if best == nil || s.Stories > best.Stories || s.Stories == best.Stories && s.ID < best.ID {
				best = s
			}
		}
	}
	if best == nil {
		return Entry{}, false
	}
	return *best, true
}

// StoriesOf returns the IDs of the stories naming an archive actor,
// sorted.
func (r *Registry) StoriesOf(id string) []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	for i := 0; i < 8; i++ {
		to, ok := r.redirect[id]
		if !ok {
			break
		}
		id = to
	}
	e := r.entries[id]
	if e == nil {
		return nil
	}
	out := make([]string, 0, len(e.contrib))
	for sid := range e.contrib {
		out = append(out, sid)
	}
	sort.Strings(out)
	return out
}

// EntryOf returns the ID of the archive actor a story's actor was merged
// into.
func (r *Registry) EntryOf(storyID string, a Actor) (string, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	for id := range r.story[storyID] {
		for _, x := range r.entries[id].contrib[storyID] {
			if x.Name == a.Name && x.Kind == a.Kind {
				return id, true
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

// registryJSON is the serialised form: every entry with what each story
// contributed, and the redirects left by merges.
type registryJSON struct {
	Version  int               `json:"version"`
	Entries  []entryJSON       `json:"entries"`
	Keys     map[string]string `json:"keys"`
	Redirect map[string]string `json:"redirect,omitempty"`
}

type entryJSON struct {
	ID      string             `json:"id"`
	Kind    string             `json:"kind"`
	Stories map[string][]Actor `json:"stories"`
}

// MarshalJSON encodes the registry.
func (r *Registry) MarshalJSON() ([]byte, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := registryJSON{Version: 1, Keys: r.byKey, Redirect: r.redirect}
	ids := make([]string, 0, len(r.entries))
	for id := range r.entries {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := r.entries[id]
		out.Entries = append(out.Entries, entryJSON{ID: id, Kind: e.kind, Stories: e.contrib})
	}
	return json.Marshal(out)
}

// UnmarshalJSON decodes a registry written by MarshalJSON, keeping its IDs.
func (r *Registry) UnmarshalJSON(b []byte) error {
	var in registryJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	if in.Version != 1 {
		return fmt.Errorf("actor registry: unknown version %d", in.Version)
	}
	fresh := NewRegistry()
	for old, to := range in.Redirect {
		fresh.redirect[old] = to
	}
	for _, ej := range in.Entries {
		e := newRegEntry(ej.ID, ej.Kind)
		fresh.entries[e.id] = e
		for sid, as := range ej.Stories {
			e.contrib[sid] = as
			if fresh.story[sid] == nil {
				fresh.story[sid] = make(map[string]bool)
			}
			fresh.story[sid][e.id] = true
			for _, a := range as {
				if a.Kind == Person && !isSingleName(a.Name) && !isPeerName(a.Name) {
					fresh.addSurname(surnameKey(a.Kind, a.Name), e)
				}
			}
		}
		fresh.pending[e.id] = true
	}
	for k, id := range in.Keys {
		if e := fresh.entries[id]; e != nil {
			fresh.setKey(k, e)
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.entries, r.byKey, r.bySurname = fresh.entries, fresh.byKey, fresh.bySurname
	r.story, r.redirect, r.cache = fresh.story, fresh.redirect, fresh.cache
	r.aliasKeys, r.pending = fresh.aliasKeys, fresh.pending
	return nil
}
