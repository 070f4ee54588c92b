package actor

import (
	"cmp"
	"slices"
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
//
// It is built for archives of many stories: each story's actors are kept
// as a few numbers each (the story, an interned "shape" of name, roles,
// aliases and affiliation, the mentions), so a registry of a hundred
// thousand stories stays small and can still forget a story exactly.
type Registry struct {
	mu        sync.RWMutex
	entries   map[string]*regEntry   // by ID
	byKey     map[regKey]*regEntry   // Key → entry
	bySurname map[regKey][]*regEntry // kind + folded surname → full-name entries
	storyNum  map[string]uint32      // story ID → its number in stories
	stories   []storyRec             // by number; a story added again gets a new one
	redirect  map[string]string      // old ID → ID (after a merge)
	aliasKeys map[uint32][]*regEntry // folded name or alias (pool ID) → entries, for Lookup
	pending   []*regEntry            // entries whose summary may be stale
	byNum     []*regEntry            // by number (nil: dropped)
	pool      regPool                // interned strings and actor shapes
	clips     map[uint32][]clipRef   // clipKey (pool ID) → organisations' names
}

// regKey is Key(a) (an actor's kind and folded name) or a surname key
// (a person's kind and folded surname), with the name as a pool ID.
type regKey struct {
	kind, name uint32 // pool IDs
}

// noSurname is the surname key of a name without words, whatever its kind.
var noSurname = regKey{kind: ^uint32(0)}

// storyRec is one story: its ID and the entries it contributes to.
type storyRec struct {
	id      string
	entries []uint32 // numbers of the entries
}

// regContrib is one story's actor merged into an entry.
type regContrib struct {
	story    uint32 // number of the story
	shape    uint32 // pool shape (see regPool.contrib)
	mentions int32  // bigMentions: in the shape
}

// regEntry is an archive actor with what each story said about it.
type regEntry struct {
	id   string
	kind string
	num  uint32 // index in Registry.byNum
	// What the stories said, by story number (ascending: numbers only grow,
	// and merges keep the order); one story's actors stand together in the
	// order they were added.
	contrib []regContrib
	// The index records pointing here, so that dropping is cheap.
	keys, surnames []regKey
	aliases        []uint32 // folded forms indexed in aliasKeys
	// titled holds the folded titled surnames the stories called a person
	// ("mr blair"), which tell apart namesakes sharing a surname.
	titled []uint32
	// bare: a story named this entry of a surname alone by no title.
	bare  bool
	clips []uint32 // clip buckets holding the entry
	sum   *Entry   // the summary; nil until first made
	stale bool     // sum is out of date (and the entry is in pending)
	dead  bool     // dropped or merged away
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{
		entries:   make(map[string]*regEntry),
		byKey:     make(map[regKey]*regEntry),
		bySurname: make(map[regKey][]*regEntry),
		storyNum:  make(map[string]uint32),
		redirect:  make(map[string]string),
		aliasKeys: make(map[uint32][]*regEntry),
		pool:      newPool(),
		clips:     make(map[uint32][]clipRef),
	}
}

// setKey points key k at entry e.
func (r *Registry) setKey(k regKey, e *regEntry) {
	if old, ok := r.byKey[k]; ok && old != e {
		old.keys = withoutFirst(old.keys, k)
	}
	r.byKey[k] = e
	if !slices.Contains(e.keys, k) {
		e.keys = append(e.keys, k)
	}
}

// addSurname records that e is a full-name person with surname key sk.
func (r *Registry) addSurname(sk regKey, e *regEntry) {
	if !slices.Contains(r.bySurname[sk], e) {
		r.bySurname[sk] = append(r.bySurname[sk], e)
	}
	if !slices.Contains(e.surnames, sk) {
		e.surnames = append(e.surnames, sk)
	}
}

// markStale queues e for a new summary.
func (r *Registry) markStale(e *regEntry) {
	if !e.stale {
		e.stale = true
		r.pending = append(r.pending, e)
	}
}

// Add records the actors of a story, replacing what the story said
// before.
func (r *Registry) Add(storyID string, actors []Actor) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.remove(storyID)
	// Full names first, so that surnames in the same batch can find them.
	type named struct {
		a     *Actor
		name  uint32 // pool ID
		words int
	}
	order := make([]named, 0, len(actors))
	for i := range actors {
		a := &actors[i]
		if a.Name != "" {
			id := r.pool.str(a.Name)
			order = append(order, named{a, id, r.pool.facts(id).words})
		}
	}
	slices.SortStableFunc(order, func(x, y named) int { return cmp.Compare(y.words, x.words) })
	if len(order) == 0 {
		return
	}
	num := uint32(len(r.stories))
	r.stories = append(r.stories, storyRec{id: strings.Clone(storyID), entries: make([]uint32, 0, len(order))})
	r.storyNum[r.stories[num].id] = num
	rec := &r.stories[num]
	for _, x := range order {
		e := r.attach(x.a, x.name, num)
		e = r.joinMisread(e, x.a, x.name, num)
		if e.kind == Person && x.a.Kind == Person {
			r.noteTitled(e, x.a, x.name)
		}
		e.contrib = append(e.contrib, r.pool.contrib(num, x.a, x.name, e.kind))
		if !slices.Contains(rec.entries, e.num) {
			rec.entries = append(rec.entries, e.num)
		}
		r.markStale(e)
	}
	if cap(rec.entries) > len(rec.entries) {
		rec.entries = slices.Clone(rec.entries) // kept for as long as the story
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
	num, ok := r.storyNum[storyID]
	if !ok {
		return
	}
	rec := &r.stories[num]
	for _, n := range rec.entries {
		e := r.byNum[n]
		lo, hi := storyRun(e.contrib, num)
		e.contrib = slices.Delete(e.contrib, lo, hi)
		r.markStale(e)
		if len(e.contrib) == 0 {
			r.drop(e)
		}
	}
	*rec = storyRec{}
	delete(r.storyNum, storyID)
}

// storyRun returns the bounds of story num's contributions in cs.
func storyRun(cs []regContrib, num uint32) (lo, hi int) {
	lo = sort.Search(len(cs), func(i int) bool { return cs[i].story >= num })
	hi = lo
	for hi < len(cs) && cs[hi].story == num {
		hi++
	}
	return lo, hi
}

// newEntry makes an entry.
func (r *Registry) newEntry(id, kind string) *regEntry {
	e := &regEntry{id: id, kind: r.pool.intern(kind), num: uint32(len(r.byNum))}
	r.entries[id] = e
	r.byNum = append(r.byNum, e)
	return e
}

// drop deletes an entry and its index records.
func (r *Registry) drop(e *regEntry) {
	delete(r.entries, e.id)
	r.byNum[e.num] = nil
	e.dead = true
	for _, k := range e.keys {
		if r.byKey[k] == e {
			delete(r.byKey, k)
		}
	}
	for _, sk := range e.surnames {
		if l := withoutFirst(r.bySurname[sk], e); len(l) > 0 {
			r.bySurname[sk] = l
		} else {
			delete(r.bySurname, sk)
		}
	}
	r.unindexAliases(e)
	r.unindexClips(e)
}

// unindexAliases removes e's names and aliases from the Lookup index.
func (r *Registry) unindexAliases(e *regEntry) {
	for _, k := range e.aliases {
		if l := withoutFirst(r.aliasKeys[k], e); len(l) > 0 {
			r.aliasKeys[k] = l
		} else {
			delete(r.aliasKeys, k)
		}
	}
	e.aliases = nil
}

// withoutFirst removes the first x from s, in place.
func withoutFirst[T comparable](s []T, x T) []T {
	if i := slices.Index(s, x); i >= 0 {
		return slices.Delete(s, i, i+1)
	}
	return s
}

// surnameKey returns the index key of a person's surname.
func (r *Registry) surnameKey(kind string, name uint32) regKey {
	last, ok := r.pool.surname(name)
	if !ok {
		return noSurname
	}
	return regKey{r.pool.kind(kind), last}
}

// fullName reports whether a name of a person makes a full-name entry:
// not one bare word (a surname), not a peer's title and one word.
func (r *Registry) fullName(name uint32) bool {
	f := r.pool.facts(name)
	return f.words != 1 && !f.peer
}

// attach finds or makes the entry an actor (kind, pool ID of its name) of
// story num belongs to.
func (r *Registry) attach(a *Actor, name, num uint32) *regEntry {
	kind := a.Kind
	k := regKey{r.pool.kind(kind), r.pool.form(formFold, name)}
	if kind == Person && !r.fullName(name) {
		// A surname alone that several people share goes to the one
		// other stories called by the same title ("Mr Blair", not "Mrs
		// Blair"), whatever else that bare surname named.
		sk := r.surnameKey(kind, name)
		if es := r.bySurname[sk]; len(es) > 1 {
			if e := r.titledMatch(es, r.titledForms(a, sk)); e != nil {
				return e
			}
		}
	}
	if e, ok := r.byKey[k]; ok {
		return e
	}
	if e := r.thingEntry(kind, k.name); e != nil && kind != Person {
		// One name is one organisation, place or thing archive-wide,
		// whatever each story read it as; its kind is the stories' vote.
		r.setKey(k, e)
		return e
	}
	if !r.fullName(name) {
		// A surname alone ("Davey", "Lord Mandelson") joins the one
		// full-name entry with it.
		if es := r.bySurname[r.surnameKey(kind, name)]; len(es) == 1 {
			return es[0]
		}
	}
	if e := r.shapeEntry(kind, name, k.name, num); e != nil {
		r.setKey(k, e)
		return e
	}
	if kind == Person && r.fullName(name) {
		// The same person with or without middle names ("Regina M.
		// Benjamin", "Regina Benjamin").
		if e := r.middleNameEntry(k, r.surnameKey(kind, name)); e != nil {
			r.setKey(k, e)
			return e
		}
	}
	if kind == Org {
		// Another name of an organisation the archive knows ("Lib Dems",
		// "Liberal Democrats").
		if e := r.orgVariantEntry(k.name, num); e != nil {
			r.setKey(k, e)
			return e
		}
	} else if isThingKind(kind) {
		// A clipped name of one read as a place or a thing ("Man Utd").
		if e := r.clippedOrgEntry(k.name, num); e != nil {
			r.setKey(k, e)
			return e
		}
	}
	e := r.newEntry(r.newID(kind, r.pool.strs[name]), kind)
	r.setKey(k, e)
	if kind == Org {
		r.indexOrgVariant(k.name, e)
	} else if isThingKind(kind) {
		r.indexClip(k.name, e)
	}
	r.absorbMisread(kind, name, k.name, num, e)
	if r.fullName(name) && kind == Person {
		sk := r.surnameKey(kind, name)
		r.addSurname(sk, e)
		// An earlier surname-only entry now has its full name, if this is
		// the only person with that surname (sk is that entry's key).
		if len(r.bySurname[sk]) == 1 {
			if old, ok := r.byKey[sk]; ok && old != e && old.kind == Person {
				r.merge(old, e)
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
	for i, c := range from.contrib {
		if i > 0 && from.contrib[i-1].story == c.story {
			continue
		}
		rec := &r.stories[c.story]
		if slices.Contains(rec.entries, to.num) {
			rec.entries = withoutFirst(rec.entries, from.num)
		} else {
			rec.entries[slices.Index(rec.entries, from.num)] = to.num
		}
	}
	if from.kind != to.kind {
		// A shape records its kind relative to its entry's: record the
		// moved ones relative to their new entry.
		for i, c := range from.contrib {
			a := r.pool.actor(from.kind, c)
			from.contrib[i] = r.pool.contrib(c.story, &a, r.pool.str(a.Name), to.kind)
		}
	}
	to.contrib = mergeContribs(to.contrib, from.contrib)
	to.addTitled(from.titled)
	keys := from.keys
	from.keys = nil
	from.contrib = nil
	r.drop(from)
	for _, k := range keys {
		r.setKey(k, to)
	}
	r.redirect[from.id] = to.id
	r.markStale(to)
}

// mergeContribs merges two lists ordered by story; within a story, a's
// contributions come before b's.
func mergeContribs(a, b []regContrib) []regContrib {
	out := make([]regContrib, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if b[0].story < a[0].story {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

// newID returns an unused slug for a new entry: the slug of its name,
// else with its kind, else numbered.
func (r *Registry) newID(kind, name string) string {
	base := Slug(name)
	if base == "" {
		base = kind
	}
	free := func(id string) bool {
		_, taken := r.entries[id]
		_, moved := r.redirect[id]
		return !taken && !moved
	}
	if free(base) {
		return base
	}
	if id := base + "-" + kind; free(id) {
		return id
	}
	for n := 2; ; n++ {
		if id := base + "-" + strconv.Itoa(n); free(id) {
			return id
		}
	}
}

// titledForms returns the folded names of a, a person with surname key
// sk, made of a courtesy or rank title and that surname ("Mr Blair",
// "Dr Okafor"; not a peer's title, which names a peer alone).
func (r *Registry) titledForms(a *Actor, sk regKey) []uint32 {
	if sk == noSurname {
		return nil
	}
	var out []uint32
	add := func(s string) {
		id := r.pool.str(s)
		f := r.pool.facts(id)
		if !f.titled || f.words != 2 || honorificClass(strings.Fields(s)[0]) == "peer" {
			return
		}
		if last, ok := r.pool.surname(id); ok && last == sk.name {
			if t := r.pool.form(formFold, id); !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	add(a.Name)
	for _, s := range a.Aliases {
		add(s)
	}
	return out
}

// titledMatch returns the one entry of es some story called by one of
// the titled surnames forms, or nil when none or several were.
func (r *Registry) titledMatch(es []*regEntry, forms []uint32) *regEntry {
	var found *regEntry
	for _, e := range es {
		for _, t := range forms {
			if slices.Contains(e.titled, t) {
				if found != nil && found != e {
					return nil
				}
				found = e
				break
			}
		}
	}
	return found
}

// noteTitled records the titled surnames a story called person entry e
// by (a, named name). When e has a full name and an entry of its surname
// alone was called by one of them, and no other person of that surname
// was, the surname's entry is e's: they merge.
func (r *Registry) noteTitled(e *regEntry, a *Actor, name uint32) {
	sk := r.surnameKey(Person, name)
	forms := r.titledForms(a, sk)
	full := r.fullName(name)
	if len(forms) == 0 {
		e.bare = e.bare || !full
		return
	}
	e.addTitled(forms)
	if !full {
		return
	}
	old, ok := r.byKey[sk]
	if !ok || old == e || old.kind != Person || old.bare || r.titledMatch([]*regEntry{old}, forms) == nil {
		return
	}
	if r.titledMatch(r.bySurname[sk], old.titled) == e {
		r.merge(old, e)
		// The bare surname stays free for other people of that name.
		delete(r.byKey, sk)
		e.keys = withoutFirst(e.keys, sk)
	}
}

// addTitled adds the titled surnames ts to e's.
func (e *regEntry) addTitled(ts []uint32) {
	for _, t := range ts {
		if !slices.Contains(e.titled, t) {
			e.titled = append(e.titled, t)
		}
	}
}

// middleNameEntry returns the one person of surname key sk whose every
// full name is name k give or take middle names (GivenVariant), or nil
// when none or several are.
func (r *Registry) middleNameEntry(k, sk regKey) *regEntry {
	if sk == noSurname || r.pool.facts(k.name).titled {
		return nil
	}
	var found *regEntry
	for _, e := range r.bySurname[sk] {
		match := false
		for _, ek := range e.keys {
			if ek.kind != k.kind || r.pool.facts(ek.name).words < 2 {
				continue
			}
			if !GivenVariant(r.pool.strs[k.name], r.pool.strs[ek.name]) {
				match = false
				break
			}
			match = true
		}
		if match {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// GivenVariant reports whether two folded full names (FoldName) of one
// surname are one name give or take middle names: one has a single given name, and
// the other's first given name that is not an initial is that name, with
// only initials before it ("mark felt", "w mark felt"; "george bush",
// "george w bush"; not "fred larue", "frederick c larue", nor "george w
// bush", "george h w bush").
func GivenVariant(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) < 2 || len(fb) < 2 || fa[len(fa)-1] != fb[len(fb)-1] {
		return false
	}
	ga, gb := fa[:len(fa)-1], fb[:len(fb)-1]
	if len(ga) > len(gb) {
		ga, gb = gb, ga
	}
	if len(ga) != 1 || len(gb) < 2 || len(ga[0]) < 2 {
		return false
	}
	for _, w := range gb {
		if particles[w] {
			// Part of the surname ("R de Marigny", "De Marigny").
			return false
		}
		if len(w) > 1 {
			return w == ga[0]
		}
	}
	return false
}
