package fake

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/storyline/storyline/index"
	"github.com/storyline/storyline/internal/archive"
)

// Backend is an in-memory common.Backend.
type Backend struct {
	mu      sync.Mutex
	stories []*archive.Story // newest first
	byID    map[string]*archive.Story
	// Calls counts calls per method name, for tests.
	Calls map[string]int
	// Delay, when set, is slept in every call (honouring the context).
	Delay time.Duration
	info  archive.Info
	// versionOf files stories under the story they are a version of.
	versionOf map[string]string
}

// New returns the demo content.
func New() *Backend {
	b := &Backend{byID: map[string]*archive.Story{}, Calls: map[string]int{}}
	for _, s := range build() {
		b.add(s)
	}
	b.info = archive.Info{Path: "(demo)", Demo: true, ReadOnly: true,
		Note: "demo · yours: storyline import PATH"}
	return b
}

// NewEmpty returns a backend of the user's archive holding no story.
func NewEmpty() *Backend {
	return &Backend{byID: map[string]*archive.Story{}, Calls: map[string]int{}, info: archive.Info{Path: "/tmp/archive"}}
}

func (b *Backend) add(s *archive.Story) {
	b.stories = append(b.stories, s)
	b.byID[s.ID] = s
	sort.SliceStable(b.stories, func(i, j int) bool {
		return b.stories[i].Published.After(*b.stories[j].Published)
	})
	b.info.Stories = len(b.stories)
}

// WithVersions makes List report each story of of as a version of the
// story it maps to (which lists above it).
func (b *Backend) WithVersions(of map[string]string) *Backend {
	b.versionOf = of
	return b
}

// WithFiller adds n plain one-thread stories (for paging tests).
func (b *Backend) WithFiller(n int) *Backend {
	for i := 0; i < n; i++ {
		t := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
		s := &archive.Story{ID: fmt.Sprintf("filler%06d", i), Title: fmt.Sprintf("Filler story %d", i), Source: "Wire", Published: &t,
			Paragraphs: []archive.Paragraph{{Index: 0, Text: "Nothing much happened.", Thread: ptr(1)}},
			Threads:    []archive.Thread{{ID: fmt.Sprintf("filler%06d#1", i), Label: "filler", Paragraphs: []int{0}}}}
		b.add(s)
	}
	return b
}

// AddNewest adds a one-thread story dated after every other one, as an
// import would while the browser is away, and returns its id.
func (b *Backend) AddNewest(title string) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := *b.stories[0].Published
	t = t.Add(time.Hour)
	id := fmt.Sprintf("new%09d", len(b.stories))
	b.add(&archive.Story{ID: id, Title: title, Source: "Wire", Published: &t,
		Paragraphs: []archive.Paragraph{{Index: 0, Text: "It happened today.", Thread: ptr(1)}},
		Threads:    []archive.Thread{{ID: id + "#1", Label: "news", Paragraphs: []int{0}}}})
	return id
}

// WithLongStory adds a long round-up of n paragraphs over five threads
// (for benchmarks) and returns its id.
func (b *Backend) WithLongStory(n int) string {
	words := strings.Fields("the council said on Monday that the plan would go ahead after a long debate in which members raised costs timing and the views of residents who had written in large numbers")
	s := &archive.Story{ID: "long00000001", Title: "Weekly round-up: five matters", Source: "Harbourview Herald", Published: day(28), URL: "https://herald.example/long"}
	for t := 1; t <= 5; t++ {
		s.Threads = append(s.Threads, archive.Thread{ID: fmt.Sprintf("long00000001#%d", t), Label: fmt.Sprintf("Matter %d", t), Actors: []string{"Ines Duarte", "Lena Okafor"}})
	}
	for i := 0; i < n; i++ {
		var sb strings.Builder
		for w := 0; w < 60; w++ {
			sb.WriteString(words[(i*7+w)%len(words)])
			sb.WriteByte(' ')
		}
		t := (i/3)%5 + 1
		s.Paragraphs = append(s.Paragraphs, archive.Paragraph{Index: i, Text: strings.TrimSpace(sb.String()), Thread: ptr(t)})
		s.Threads[t-1].Paragraphs = append(s.Threads[t-1].Paragraphs, i)
	}
	for _, name := range []string{"Ines Duarte", "Lena Okafor", "Harbourview Council"} {
		a := people[name]
		a.Mentions = 3
		a.Threads = []string{"long00000001#1"}
		s.Actors = append(s.Actors, a)
	}
	b.add(s)
	return s.ID
}

func (b *Backend) enter(ctx context.Context, name string) error {
	b.mu.Lock()
	b.Calls[name]++
	d := b.Delay
	b.mu.Unlock()
	if d > 0 {
		select {
		case <-time.After(d):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// CallCount returns how often method name was called.
func (b *Backend) CallCount(name string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.Calls[name]
}

// Info implements common.Backend.
func (b *Backend) Info() archive.Info { return b.info }

// List implements common.Backend.
func (b *Backend) List(ctx context.Context, offset, limit int) ([]archive.StorySummary, int, error) {
	if err := b.enter(ctx, "List"); err != nil {
		return nil, 0, err
	}
	var out []archive.StorySummary
	for i := offset; i < len(b.stories) && i < offset+limit; i++ {
		s := b.stories[i]
		sum := archive.StorySummary{ID: s.ID, Title: s.Title, Published: s.Published, Source: s.Source, Threads: len(s.Threads), VersionOf: b.versionOf[s.ID]}
		for _, o := range b.stories {
			if b.versionOf[o.ID] == s.ID {
				sum.Versions = append(sum.Versions, o.ID)
			}
		}
		out = append(out, sum)
	}
	return out, len(b.stories), nil
}

// Folded implements common.Backend.
func (b *Backend) Folded(ctx context.Context) (int, error) {
	if err := b.enter(ctx, "Folded"); err != nil {
		return 0, err
	}
	n := 0
	for _, s := range b.stories {
		if b.versionOf[s.ID] != "" {
			n++
		}
	}
	return n, nil
}

// Story implements common.Backend.
func (b *Backend) Story(ctx context.Context, id string) (*archive.Story, error) {
	if err := b.enter(ctx, "Story"); err != nil {
		return nil, err
	}
	s, ok := b.byID[id]
	if !ok {
		return nil, fmt.Errorf("story %s: not found", id)
	}
	return s, nil
}

// SearchOrdered implements common.Backend with a tiny query language: words
// (all must occur, case-insensitive) and name:"Name" (an actor's whole
// name). An unbalanced quote or another field is a syntax error, which
// bleve would not report for a known field but the fake does.
func (b *Backend) SearchOrdered(ctx context.Context, query string, limit int, o archive.Order) (*archive.SearchResult, error) {
	if err := b.enter(ctx, "Search"); err != nil {
		return nil, err
	}
	if strings.Count(query, `"`)%2 == 1 {
		return nil, &index.QueryError{Query: query, Err: errors.New("parse error: unterminated quote")}
	}
	var words []string
	actor := ""
	rest := query
	if i := strings.Index(rest, `name:"`); i >= 0 {
		j := strings.Index(rest[i+6:], `"`)
		actor = rest[i+6 : i+6+j]
		rest = rest[:i] + rest[i+6+j+1:]
	}
	for _, w := range strings.Fields(strings.ToLower(rest)) {
		if strings.Contains(w, ":") {
			return nil, fmt.Errorf("syntax error: unknown field in %q", w)
		}
		words = append(words, w)
	}
	res := &archive.SearchResult{TookMS: 1}
	for _, s := range b.stories {
		if actor != "" && !hasActor(s, actor) {
			continue
		}
		hit := archive.SearchHit{ID: s.ID, Title: s.Title, Published: s.Published, Source: s.Source, Score: 1}
		ok := true
		matched := map[int]bool{}
		for _, w := range words {
			found := false
			for _, p := range s.Paragraphs {
				if strings.Contains(strings.ToLower(p.Text), w) {
					found = true
					if p.Thread != nil {
						matched[*p.Thread] = true
					}
					if len(hit.Fragments) < 2 {
						hit.Fragments = append(hit.Fragments, mark(p.Text, w))
					}
				}
			}
			ok = ok && found
		}
		if !ok {
			continue
		}
		if len(words) == 0 {
			for _, t := range s.Threads {
				for _, a := range t.Actors {
					if a == actor {
						matched[threadNum(t.ID)] = true
					}
				}
			}
			if len(s.Paragraphs) > 0 {
				hit.Fragments = append(hit.Fragments, mark(s.Paragraphs[0].Text, strings.ToLower(strings.Fields(actor)[0])))
			}
		}
		for _, t := range s.Threads {
			if matched[threadNum(t.ID)] {
				hit.Threads = append(hit.Threads, t.ID)
				hit.Labels = append(hit.Labels, t.Label)
			}
		}
		res.Hits = append(res.Hits, hit)
	}
	// The stories are newest first, which is also the fake's relevance.
	if o == archive.OldestFirst {
		slices.Reverse(res.Hits)
	}
	res.Total = uint64(len(res.Hits))
	if len(res.Hits) > limit {
		res.Hits = res.Hits[:limit]
	}
	return res, nil
}

func threadNum(id string) int {
	var n int
	if i := strings.LastIndexByte(id, '#'); i >= 0 {
		fmt.Sscanf(id[i+1:], "%d", &n)
	}
	return n
}

func hasActor(s *archive.Story, name string) bool {
	for _, a := range s.Actors {
		if strings.EqualFold(a.Name, name) {
			return true
		}
	}
	return false
}

// mark wraps the occurrences of w in text in STX/ETX, as the real backend
// marks bleve's highlight fragments.
func mark(text, w string) string {
	lower := strings.ToLower(text)
	var sb strings.Builder
	for {
		i := strings.Index(lower, w)
		if i < 0 || w == "" {
			sb.WriteString(text)
			return sb.String()
		}
		sb.WriteString(text[:i])
		sb.WriteString("\x02" + text[i:i+len(w)] + "\x03")
		text, lower = text[i+len(w):], lower[i+len(w):]
	}
}

// Related implements common.Backend: threads of other stories in the same
// arc, newest first.
func (b *Backend) Related(ctx context.Context, threadID string, limit int) ([]archive.Related, error) {
	if err := b.enter(ctx, "Related"); err != nil {
		return nil, err
	}
	_, th := b.thread(threadID)
	if th == nil {
		return nil, fmt.Errorf("thread %s: not found", threadID)
	}
	var out []archive.Related
	if th.Arc == nil {
		return out, nil
	}
	for _, s := range b.stories {
		for _, t := range s.Threads {
			if t.ID == threadID || t.Arc == nil || *t.Arc != *th.Arc || strings.HasPrefix(threadID, s.ID+"#") {
				continue
			}
			out = append(out, archive.Related{Thread: t.ID, Story: s.ID, Title: s.Title, Label: t.Label, Published: s.Published, Score: 0.5, Why: shared(th.Actors, t.Actors)})
		}
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func shared(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if x == y {
				out = append(out, x)
			}
		}
	}
	return out
}

func (b *Backend) thread(id string) (*archive.Story, *archive.Thread) {
	i := strings.LastIndexByte(id, '#')
	if i < 0 {
		return nil, nil
	}
	s := b.byID[id[:i]]
	if s == nil {
		return nil, nil
	}
	for k := range s.Threads {
		if s.Threads[k].ID == id {
			return s, &s.Threads[k]
		}
	}
	return s, nil
}

// Storyline implements common.Backend: the arc's threads, oldest first,
// with the actors each one brings in.
func (b *Backend) Storyline(ctx context.Context, arcID string) ([]archive.ArcEntry, error) {
	if err := b.enter(ctx, "Storyline"); err != nil {
		return nil, err
	}
	var out []archive.ArcEntry
	seen := map[string]bool{}
	for i := len(b.stories) - 1; i >= 0; i-- {
		s := b.stories[i]
		for _, t := range s.Threads {
			if t.Arc == nil || *t.Arc != arcID {
				continue
			}
			e := archive.ArcEntry{Thread: t.ID, Story: s.ID, Title: s.Title, Label: t.Label, Published: s.Published}
			for _, a := range t.Actors {
				if !seen[a] {
					seen[a] = true
					e.NewActors = append(e.NewActors, a)
				}
			}
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("arc %s: not found", arcID)
	}
	return out, nil
}

// ActorStories implements common.Backend.
func (b *Backend) ActorStories(ctx context.Context, names []string) (map[string]int, error) {
	if err := b.enter(ctx, "ActorStories"); err != nil {
		return nil, err
	}
	out := map[string]int{}
	for _, n := range names {
		for _, s := range b.stories {
			if hasActor(s, n) {
				out[n]++
			}
		}
	}
	return out, nil
}

// TopActors implements common.Backend: the actors of the stories ranked
// by how many stories name them, then by name; a non-empty match keeps
// the names it matches (archive.MatchesName).
func (b *Backend) TopActors(ctx context.Context, match string, limit int) ([]archive.Actor, error) {
	if err := b.enter(ctx, "TopActors"); err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	count := map[string]int{}
	kind := map[string]string{}
	for _, s := range b.stories {
		for _, a := range s.Actors {
			if match != "" && !archive.MatchesName(match, a.Name) {
				continue
			}
			count[a.Name]++
			kind[a.Name] = a.Kind
		}
	}
	out := make([]archive.Actor, 0, len(count))
	for n, c := range count {
		out = append(out, archive.Actor{Name: n, Kind: kind[n], Stories: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Stories != out[j].Stories {
			return out[i].Stories > out[j].Stories
		}
		return out[i].Name < out[j].Name
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}
