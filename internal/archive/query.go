package archive

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/storyline/storyline/index"
	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/link"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/versions"
)

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

func summary(r *store.Record) StorySummary { return summaryOf(&r.Article, len(r.Threads)) }

// summaryOf lists a story by its article (the text not needed) and its
// number of threads.
func summaryOf(art *article.Article, threads int) StorySummary {
	s := StorySummary{ID: art.ID, Title: art.Title, Published: timePtr(art.Published), Source: art.Source, Threads: threads, Category: art.Category}
	switch {
	case art.ExternalID != "":
		e := art.ExternalID
		s.ExternalID = &e
	case art.URL != "":
		e := art.URL
		s.ExternalID = &e
	}
	return s
}

// List returns a page of stories, newest first, and the total. Each
// version of one report is listed, the newest with Versions and the others
// with VersionOf (see StorySummary).
func (a *Archive) List(_ context.Context, offset, limit int) ([]StorySummary, int, error) {
	ids, err := a.st.List(offset, limit)
	if err != nil {
		return nil, 0, err
	}
	groups, err := a.st.VersionGroups(ids)
	if err != nil {
		return nil, 0, err
	}
	out := make([]StorySummary, 0, len(ids))
	for _, id := range ids {
		r, err := a.st.Get(id)
		if err != nil {
			return nil, 0, err
		}
		if r == nil {
			continue
		}
		s := summary(r)
		if g := groups[id]; len(g) > 1 {
			if g[0] == id {
				s.Versions = slices.Clone(g[1:])
			} else {
				s.VersionOf = g[0]
			}
		}
		out = append(out, s)
	}
	return out, a.st.Count(), nil
}

// Folded returns how many stories List marks VersionOf another: the
// stories a list showing each report once folds under another version.
func (a *Archive) Folded(_ context.Context) (int, error) { return a.st.VersionCount() }

// NotFoundError is an unknown story or thread id.
type NotFoundError struct{ What, ID string }

func (e *NotFoundError) Error() string {
	see := "storyline list"
	switch e.What {
	case "storyline":
		see = "storyline arcs"
	case "thread":
		if story, _, ok := strings.Cut(e.ID, "#"); ok {
			see = "storyline threads " + story
		}
	}
	return fmt.Sprintf("no %s %q in this archive (see `%s`)", e.What, e.ID, see)
}

// record finds a story by id, or by a unique prefix of at least four
// characters of its id (a thread id STORY#N finds its story).
func (a *Archive) record(id string) (*store.Record, error) {
	id = strings.TrimSpace(id)
	if i := strings.IndexByte(id, '#'); i >= 0 {
		id = id[:i]
	}
	r, err := a.st.Get(id)
	if err != nil || r != nil {
		return r, err
	}
	if len(id) >= 4 {
		ids, err := a.st.ByPrefix(id, 2)
		if err != nil {
			return nil, err
		}
		switch len(ids) {
		case 1:
			return a.st.Get(ids[0])
		case 2:
			return nil, fmt.Errorf("%q starts more than one story id: give more of it", id)
		}
	}
	return nil, &NotFoundError{What: "story", ID: id}
}

// thread finds a thread by id STORY#N.
func (a *Archive) thread(id string) (*store.Record, int, error) {
	story, num, ok := strings.Cut(strings.TrimSpace(id), "#")
	n, err := strconv.Atoi(num)
	if !ok || err != nil {
		return nil, 0, fmt.Errorf("%q is not a thread id: thread ids look like STORY#N (see `storyline threads STORY`)", id)
	}
	r, err := a.record(story)
	if err != nil {
		return nil, 0, err
	}
	for _, t := range r.Threads {
		if t.N == n {
			return r, n, nil
		}
	}
	return nil, 0, &NotFoundError{What: "thread", ID: id}
}

// Story returns one story with its threads and actors.
func (a *Archive) Story(_ context.Context, id string) (*Story, error) {
	defer a.resident.Check()
	r, err := a.record(id)
	if err != nil {
		return nil, err
	}
	return a.story(r), nil
}

func (a *Archive) story(r *store.Record) *Story {
	art := &r.Article
	s := &Story{ID: art.ID, Title: art.Title, Source: art.Source, URL: art.URL, Byline: art.Byline, Published: timePtr(art.Published)}
	threadOf := map[int]int{}
	for _, t := range r.Threads {
		for _, p := range t.Paragraphs {
			threadOf[p] = t.N
		}
	}
	for i, p := range art.Paragraphs {
		par := Paragraph{Index: i, Text: p.Text, Boilerplate: p.Boilerplate}
		if n, ok := threadOf[i]; ok {
			par.Thread = &n
		}
		s.Paragraphs = append(s.Paragraphs, par)
	}
	s.Threads = a.threads(r)
	s.Actors = a.storyActors(r)
	if groups, err := a.st.VersionGroups([]string{art.ID}); err == nil {
		for _, v := range groups[art.ID] {
			if v != art.ID {
				s.Versions = append(s.Versions, v)
			}
		}
	}
	return s
}

func (a *Archive) threads(r *store.Record) []Thread {
	out := []Thread{}
	for _, t := range r.Threads {
		id := ThreadID(r.Article.ID, t.N)
		th := Thread{ID: id, Label: t.Label, Paragraphs: t.Paragraphs, Actors: []string{}}
		if th.Paragraphs == nil {
			th.Paragraphs = []int{}
		}
		in := map[int]bool{}
		for _, p := range t.Paragraphs {
			in[p] = true
		}
		for _, ac := range r.Actors {
			for _, p := range ac.Paragraphs {
				if in[p] {
					th.Actors = append(th.Actors, ac.Name)
					break
				}
			}
		}
		if arc := a.storyline(id); arc != "" {
			th.Arc = &arc
		}
		out = append(out, th)
	}
	return out
}

// storyline returns the storyline of a thread, "" when it is in none:
// only arcs of threads of two or more stories are named.
func (a *Archive) storyline(threadID string) string {
	if arc := a.st.Arc(threadID); arc != "" && a.st.ArcSize(arc) >= 2 {
		return arc
	}
	return ""
}

// ThreadStoryline returns the storyline of thread id STORY#N (STORY may be
// a unique prefix of the story's id): its full id, and its storyline's id
// or "" when it is in none.
func (a *Archive) ThreadStoryline(_ context.Context, id string) (thread, arc string, err error) {
	r, n, err := a.thread(id)
	if err != nil {
		return "", "", err
	}
	thread = ThreadID(r.Article.ID, n)
	return thread, a.storyline(thread), nil
}

// storyActors returns the actors of a story; one it names only by a
// short form is shown under the full name its storylines give it, the
// short form first among its aliases (see fullNames).
func (a *Archive) storyActors(r *store.Record) []Actor {
	full := a.fullNames(r)
	out := []Actor{}
	for i, ac := range r.Actors {
		j := actorJSON(r, ac)
		if c, ok := full[i]; ok {
			j.Aliases = append([]string{j.Name}, j.Aliases...)
			j.Written = j.Name
			j.Name = c.name
			j.ID = actor.Slug(c.name)
			j.Kind = c.kind()
		}
		out = append(out, j)
	}
	return out
}

func actorJSON(r *store.Record, ac actor.Actor) Actor {
	j := Actor{ID: actor.Slug(ac.Name), Name: ac.Name, Kind: ac.Kind, Roles: ac.Roles, Aliases: ac.Aliases, Mentions: ac.Mentions, Affiliation: ac.Affiliation, Threads: []string{}}
	if j.Roles == nil {
		j.Roles = []string{}
	}
	if j.Aliases == nil {
		j.Aliases = []string{}
	}
	in := map[int]bool{}
	for _, p := range ac.Paragraphs {
		in[p] = true
	}
	for _, t := range r.Threads {
		for _, p := range t.Paragraphs {
			if in[p] {
				j.Threads = append(j.Threads, ThreadID(r.Article.ID, t.N))
				break
			}
		}
	}
	return j
}

// Threads returns the threads of a story.
func (a *Archive) Threads(_ context.Context, id string) ([]Thread, error) {
	r, err := a.record(id)
	if err != nil {
		return nil, err
	}
	return a.threads(r), nil
}

// StoryActors returns the actors of a story.
func (a *Archive) StoryActors(_ context.Context, id string) ([]Actor, error) {
	r, err := a.record(id)
	if err != nil {
		return nil, err
	}
	return a.storyActors(r), nil
}

// Search runs a query string and returns ranked stories with highlighted
// fragments (matches between index.MarkStart and index.MarkEnd) and the
// threads whose paragraphs or labels matched.
func (a *Archive) Search(ctx context.Context, q string, limit int) (*SearchResult, error) {
	return a.SearchOrdered(ctx, q, limit, ByRelevance)
}

// Order is how search hits are ranked (index.Order).
type Order = index.Order

// Orders of search hits (see index.Order).
const (
	ByRelevance = index.ByRelevance
	NewestFirst = index.NewestFirst
	OldestFirst = index.OldestFirst
)

// SearchOrdered is Search with the hits in order o.
func (a *Archive) SearchOrdered(_ context.Context, q string, limit int, o Order) (*SearchResult, error) {
	defer a.resident.Check()
	if limit <= 0 {
		limit = 20
	}
	hl, err := index.NewHighlighter(q)
	if err != nil {
		return nil, err
	}
	res, err := a.ix.SearchOrdered(q, 0, limit, o)
	if err != nil {
		return nil, err
	}
	out := &SearchResult{Total: res.Total, Hits: []SearchHit{}}
	// Reading each hit's story and finding its matches is most of a
	// search's time: spread the hits over the cores.
	hits := make([]*SearchHit, len(res.Hits))
	sketches := make([]versions.Sketch, len(res.Hits))
	errs := make([]error, len(res.Hits))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(res.Hits)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(res.Hits); i = int(next.Add(1) - 1) {
				h := res.Hits[i]
				r, err := a.st.GetText(h.ID)
				if err != nil || r == nil {
					// r == nil: indexed but gone from the store; the index
					// is repaired on the next write.
					errs[i] = err
					continue
				}
				hit := hitOf(r, h.Score, hl)
				hits[i], sketches[i] = &hit, recordSketch(r)
			}
		}()
	}
	wg.Wait()
	var found []versions.Sketch
	for i, h := range hits {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if h != nil {
			out.Hits = append(out.Hits, *h)
			found = append(found, sketches[i])
		}
	}
	foldVersions(out.Hits, found)
	out.TookMS = float64(res.Took.Microseconds()) / 1000
	return out, nil
}

// fragmentBytes is the length of a search fragment.
const fragmentBytes = 220

// hitOf describes one matching story: fragments from its best-matching
// paragraphs and the threads that matched.
func hitOf(r *store.Record, score float64, hl *index.Highlighter) SearchHit {
	art := &r.Article
	hit := SearchHit{ID: art.ID, Title: art.Title, Published: timePtr(art.Published), Score: score, Fragments: []string{}, Threads: []string{}, Source: art.Source}
	type para struct {
		i     int
		spans [][2]int
		n     int // distinct matched words
	}
	var matched []para
	hitPara := map[int]bool{}
	for i, p := range art.Paragraphs {
		if p.Boilerplate {
			continue
		}
		spans := hl.Spans(p.Text)
		if len(spans) == 0 {
			continue
		}
		words := map[string]bool{}
		for _, s := range spans {
			w := strings.ToLower(p.Text[s[0]:s[1]])
			if !slices.Contains(hit.Terms, w) {
				hit.Terms = append(hit.Terms, w)
			}
			words[w] = true
		}
		matched = append(matched, para{i, spans, len(words)})
		hitPara[i] = true
	}
	// The two paragraphs matching the most distinct words, in text order.
	best := append([]para(nil), matched...)
	sort.SliceStable(best, func(x, y int) bool { return best[x].n > best[y].n })
	if len(best) > 2 {
		best = best[:2]
	}
	sort.Slice(best, func(x, y int) bool { return best[x].i < best[y].i })
	for _, p := range best {
		hit.Fragments = append(hit.Fragments, index.Fragment(art.Paragraphs[p.i].Text, p.spans, fragmentBytes))
	}
	for _, t := range r.Threads {
		match := hl.MatchesThread(t.Label)
		for _, p := range t.Paragraphs {
			if hitPara[p] {
				match = true
				break
			}
		}
		if match {
			hit.Threads = append(hit.Threads, ThreadID(art.ID, t.N))
			hit.Labels = append(hit.Labels, t.Label)
		}
	}
	return hit
}

// Related returns threads of other stories about the same matter as the
// thread id. It reads only what it needs from the store and the index —
// the thread's storyline and the stories a "more like this" search finds —
// so it answers at once on an archive of any size.
func (a *Archive) Related(_ context.Context, threadID string, limit int) ([]Related, error) {
	defer a.resident.Check()
	r, n, err := a.thread(threadID)
	if err != nil {
		return nil, err
	}
	threadID = ThreadID(r.Article.ID, n) // a prefix becomes the full id
	if limit <= 0 {
		limit = 10
	}
	// A few more than asked for: threads of versions of stories above
	// them are dropped.
	rel, err := a.related(r, threadID, limit+relatedSpare)
	if err != nil {
		return nil, err
	}
	out := []Related{}
	for _, r := range rel {
		out = append(out, Related{Thread: r.Thread, Story: r.Story, Title: r.Title, Label: r.Label, Published: timePtr(r.Published), Score: r.Score, Why: nonNil(r.Why)})
	}
	stories := make([]string, len(out))
	for i, o := range out {
		stories[i] = o.Story
	}
	sketches, err := a.st.Sketches(stories)
	if err != nil {
		return nil, err
	}
	out = foldRelatedVersions(out, r.Article.ID, r.Article.Title, recordSketch(r), sketches)
	return out[:min(limit, len(out))], nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Arcs returns every storyline, newest first.
func (a *Archive) Arcs(_ context.Context) ([]Arc, error) {
	var arcs []link.Arc
	if err := a.withLinker(func(l *link.Linker) error { arcs = l.Arcs(); return nil }); err != nil {
		return nil, err
	}
	out := []Arc{}
	// Newest first; undated storylines after dated ones, larger first.
	sort.SliceStable(arcs, func(i, j int) bool {
		if !arcs[i].Last.Equal(arcs[j].Last) {
			return arcs[i].Last.After(arcs[j].Last)
		}
		return len(arcs[i].Threads) > len(arcs[j].Threads)
	})
	for _, arc := range arcs {
		out = append(out, Arc{ID: arc.ID, Label: arc.Label, Threads: arc.Threads, First: timePtr(arc.First), Last: timePtr(arc.Last)})
	}
	return out, nil
}

// Storyline returns the threads of an arc in date order with the actors
// each brings into the storyline (people first, then organisations, then
// the rest). It reads the arc's threads' link features and the actors'
// names from the store, not whole stories, so a storyline of thousands of
// threads loads quickly.
func (a *Archive) Storyline(_ context.Context, arcID string) ([]ArcEntry, error) {
	defer a.resident.Check()
	ids, err := a.st.ArcThreads(arcID, 0)
	if err != nil {
		return nil, err
	}
	fs, _, err := a.st.ThreadFeatures(ids)
	if err != nil {
		return nil, err
	}
	if len(fs) == 0 {
		return nil, &NotFoundError{What: "storyline", ID: arcID}
	}
	// Date order; stories without a date (or of the same one) in the
	// order they arrived.
	stories := make([]string, len(fs))
	for i, f := range fs {
		stories[i] = f.Story
	}
	arrived, err := a.st.Arrivals(stories)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(fs, func(i, j int) bool {
		if !fs[i].Published.Equal(fs[j].Published) {
			return fs[i].Published.Before(fs[j].Published)
		}
		if ai, aj := arrived[fs[i].Story], arrived[fs[j].Story]; ai != aj {
			return ai < aj
		}
		return fs[i].ID < fs[j].ID
	})
	var keys []string
	for _, f := range fs {
		keys = append(keys, f.Actors...)
	}
	names, err := a.st.ActorNames(keys)
	if err != nil {
		return nil, err
	}
	out := make([]ArcEntry, len(fs))
	seen := map[string]bool{}
	for i, f := range fs {
		e := ArcEntry{Thread: f.ID, Story: f.Story, Title: f.Title, Label: f.Label, Published: timePtr(f.Published), NewActors: []string{}}
		ks := slices.Clone(f.Actors)
		slices.SortStableFunc(ks, func(x, y string) int { return cmp.Compare(kindRank(x), kindRank(y)) })
		for _, k := range ks {
			if seen[k] {
				continue
			}
			seen[k] = true
			name, ok := names[k]
			if !ok {
				_, name, _ = strings.Cut(k, ":")
			}
			e.NewActors = append(e.NewActors, name)
		}
		out[i] = e
	}
	sketches, err := a.st.Sketches(stories)
	if err != nil {
		return nil, err
	}
	foldEntryVersions(out, sketches)
	return out, nil
}

// kindRank orders actor keys by kind: people, organisations, the rest.
func kindRank(key string) int {
	switch {
	case strings.HasPrefix(key, "person:"):
		return 0
	case strings.HasPrefix(key, "org:"):
		return 1
	}
	return 2
}

// ActorStories returns, for each actor name, how many stories name that
// actor under exactly that name (any letter case) — the number of stories
// a `name:"Name"` search finds. It asks the index, so browsing never has
// to load the whole actor registry.
func (a *Archive) ActorStories(ctx context.Context, names []string) (map[string]int, error) {
	out := map[string]int{}
	for _, n := range names {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		c, err := a.ix.CountPhrase(index.FieldName, n)
		if err != nil {
			return nil, err
		}
		out[n] = int(c)
	}
	return out, nil
}

// registry returns the archive-wide actor registry, built from the store
// on first use and kept up to date by imports.
func (a *Archive) registry() (*actor.Registry, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.reg != nil {
		return a.reg, nil
	}
	reg := actor.NewRegistry()
	// The registry interns names, roles and aliases itself, and keeps
	// only numbers per story: it may be given the decoded actors as they
	// are.
	if err := a.st.EachActors(func(id string, as []actor.Actor) error {
		reg.Add(id, as)
		return nil
	}); err != nil {
		return nil, err
	}
	a.reg = reg
	return reg, nil
}

// ArchiveActors returns the archive's actors ranked by story count.
func (a *Archive) ArchiveActors(_ context.Context, limit int) ([]Actor, error) {
	reg, err := a.registry()
	if err != nil {
		return nil, err
	}
	out := []Actor{}
	for _, e := range reg.Ranked(limit) {
		out = append(out, Actor{ID: e.ID, Name: e.Name, Kind: e.Kind, Roles: nonNil(e.Roles), Aliases: nonNil(e.Aliases), Mentions: e.Mentions, Stories: e.Stories, Threads: []string{}})
	}
	return out, nil
}

// TopActors returns up to limit actors named by the most stories, most
// first, from counts the store keeps as it writes: unlike ArchiveActors it
// reads no story, so the browser can ask it of a large archive. A name
// read as different kinds in different stories is one actor, named by all
// those stories: a person when the name is shaped like a person's
// (actor.PersonShaped: "Andy Roddick" now and then read as a body) or when
// the stories reading it as a person's outnumber the others more than two
// to one ("Usher" the singer, now and then a place); else the thing kind
// most stories gave it ("Chelsea" the club, often read as a person: the
// model takes an unknown capitalised word for a person's name more readily
// than for anything else). Name variants are not merged, as ArchiveActors
// merges them.
//
// A non-empty match keeps the names it matches (see MatchesName): the
// browser's filter of the archive's actors.
func (a *Archive) TopActors(_ context.Context, match string, limit int) ([]Actor, error) {
	query := strings.Fields(actor.FoldName(match))
	counts, err := a.st.ActorStoryCounts()
	if err != nil {
		return nil, err
	}
	// One entry per folded name: the stories of all its kinds, its
	// majority thing kind's key (ties: the first key) and its person key.
	type entry struct {
		thing   string
		things  int // stories of the majority thing kind
		person  string
		people  int
		stories int
	}
	byName := map[string]*entry{}
	for key, n := range counts {
		kind, folded, _ := strings.Cut(key, ":")
		if len(query) > 0 && !matchesFolded(query, folded) {
			continue
		}
		e := byName[folded]
		if e == nil {
			e = &entry{}
			byName[folded] = e
		}
		e.stories += n
		switch {
		case kind == actor.Person:
			e.person, e.people = key, n
		case n > e.things || n == e.things && key < e.thing:
			e.thing, e.things = key, n
		}
	}
	top := make([]*entry, 0, len(byName))
	for _, e := range byName {
		top = append(top, e)
	}
	lead := func(e *entry) int { return max(e.things, e.people) }
	slices.SortFunc(top, func(x, y *entry) int {
		if x.stories != y.stories {
			return y.stories - x.stories
		}
		if lead(x) != lead(y) {
			return lead(y) - lead(x)
		}
		return strings.Compare(x.person+x.thing, y.person+y.thing)
	})
	if limit > 0 && len(top) > limit {
		top = top[:limit]
	}
	// The names of both readings, in one look-up: a name read both ways is
	// a person only when shaped like one or when the person's readings win
	// by more than two to one.
	keys := make([]string, 0, len(top))
	for _, e := range top {
		for _, k := range [...]string{e.person, e.thing} {
			if k != "" {
				keys = append(keys, k)
			}
		}
	}
	names, err := a.st.ActorNames(keys)
	if err != nil {
		return nil, err
	}
	out := make([]Actor, 0, len(top))
	for _, e := range top {
		key := e.thing
		if e.thing == "" || e.person != "" && (e.people > 2*(e.stories-e.people) || actor.PersonShaped(names[e.person])) {
			key = e.person
		}
		kind, _, _ := strings.Cut(key, ":")
		out = append(out, Actor{Name: names[key], Kind: kind, Roles: []string{}, Aliases: []string{}, Threads: []string{}, Stories: e.stories})
	}
	return out, nil
}

// MatchesName reports whether a filter typed by a user matches an actor's
// name: every word of the filter begins a word of the name, case and
// accents aside ("clark" and "j clarkson" match "Jeremy Clarkson").
func MatchesName(match, name string) bool {
	return matchesFolded(strings.Fields(actor.FoldName(match)), actor.FoldName(name))
}

// matchesFolded is MatchesName over a folded filter's words and a folded
// name.
func matchesFolded(query []string, folded string) bool {
	words := strings.Fields(folded)
	for _, q := range query {
		if !slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, q) }) {
			return false
		}
	}
	return true
}

// ActorDetail returns one archive actor and the stories naming it.
func (a *Archive) ActorDetail(ctx context.Context, idOrName string) (*Actor, []StorySummary, error) {
	defer a.resident.Check()
	reg, err := a.registry()
	if err != nil {
		return nil, nil, err
	}
	e, ok := reg.Lookup(idOrName)
	if !ok {
		return nil, nil, &NotFoundError{What: "actor", ID: idOrName}
	}
	act := &Actor{ID: e.ID, Name: e.Name, Kind: e.Kind, Roles: nonNil(e.Roles), Aliases: nonNil(e.Aliases), Mentions: e.Mentions, Stories: e.Stories, Threads: []string{}}
	// A common actor is named in thousands of stories: read only their
	// heads, not their texts.
	var stories []StorySummary
	for _, h := range a.st.Heads(reg.StoriesOf(e.ID)) {
		stories = append(stories, summaryOf(&h.Article, h.Threads))
	}
	sort.Slice(stories, func(i, j int) bool {
		pi, pj := stories[i].Published, stories[j].Published
		if pi == nil || pj == nil {
			return pj == nil && pi != nil
		}
		return pi.After(*pj)
	})
	return act, stories, nil
}

// Stats returns counts and sizes.
func (a *Archive) Stats(ctx context.Context) (*Stats, error) {
	s := &Stats{Stories: a.st.Count(), StoreBytes: a.st.Bytes(), IndexBytes: index.Bytes(a.dir)}
	n, err := a.ix.Count()
	if err != nil {
		return nil, err
	}
	s.IndexedStories = int(n)
	if s.Threads, s.Arcs, err = a.st.Counts(); err != nil {
		return nil, err
	}
	reg, err := a.registry()
	if err != nil {
		return nil, err
	}
	s.Actors = reg.Len()
	return s, nil
}

// IndexDocs calls fn with the search-index document of every story, as
// the archive's own index holds it (for benchmarks of other index layouts).
func (a *Archive) IndexDocs(fn func(index.Doc) error) error {
	return a.st.Each(func(r *store.Record) error { return fn(indexDoc(r)) })
}
