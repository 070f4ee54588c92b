package link

import (
	"time"
)

// ThreadDoc is what the linker is given about one thread.
type ThreadDoc struct {
	ID        string    // "<story-id>#<n>"
	Story     string    // story id
	Title     string    // story title
	Label     string    // thread label
	Published time.Time // story date (zero when unknown)
	Text      string    // the thread's paragraphs joined by blank lines
	Actors    []string  // actor keys (actor.Key) present in the thread
}

// Features is the compact, serialisable representation of a thread the
// linker works on; the archive stores it so the linker can be rebuilt
// without re-reading text.
type Features struct {
	ID        string       `json:"id"`
	Story     string       `json:"story"`
	Title     string       `json:"title"`
	Label     string       `json:"label"`
	Published time.Time    `json:"published,omitzero"`
	Terms     []TermWeight `json:"terms"`
	Actors    []string     `json:"actors,omitempty"`
}

// TermWeight is one weighted term of a thread's vector.
type TermWeight struct {
	Term   string  `json:"t"`
	Weight float32 `json:"w"`
}

// Related is one thread related to another, with the reasons.
type Related struct {
	Thread    string    `json:"thread"`
	Story     string    `json:"story"`
	Title     string    `json:"title"`
	Label     string    `json:"label"`
	Published time.Time `json:"published,omitzero"`
	Score     float64   `json:"score"`
	Why       []string  `json:"why"`
}

// Arc is one storyline: threads about one matter across stories.
type Arc struct {
	ID      string    `json:"id"`
	Label   string    `json:"label"`
	Threads []string  `json:"threads"` // in date order
	First   time.Time `json:"first,omitzero"`
	Last    time.Time `json:"last,omitzero"`
}

// Featurize computes the features of a thread. Placeholder.
func Featurize(d ThreadDoc) Features {
	return Features{ID: d.ID, Story: d.Story, Title: d.Title, Label: d.Label, Published: d.Published, Actors: d.Actors}
}

// Linker holds the features and arcs of every thread in the archive.
type Linker struct {
	feats map[string]Features
	arcs  map[string]string // thread id -> arc id
}

// New returns an empty linker.
func New() *Linker {
	return &Linker{feats: map[string]Features{}, arcs: map[string]string{}}
}

// Load restores a thread with its already-assigned arc (from the store).
func (l *Linker) Load(f Features, arc string) {
	l.feats[f.ID] = f
	l.arcs[f.ID] = arc
}

// Add links new threads incrementally and returns the arc of every thread
// whose arc was assigned or changed (new threads, and existing threads of
// arcs that merged). Placeholder: each thread is its own arc.
func (l *Linker) Add(fs []Features) map[string]string {
	out := map[string]string{}
	for _, f := range fs {
		l.feats[f.ID] = f
		l.arcs[f.ID] = "arc-" + f.ID
		out[f.ID] = l.arcs[f.ID]
	}
	return out
}

// Remove forgets every thread of a story (before it is re-added after an
// update).
func (l *Linker) Remove(story string) {
	for id, f := range l.feats {
		if f.Story == story {
			delete(l.feats, id)
			delete(l.arcs, id)
		}
	}
}

// Relink recomputes every arc from scratch and returns the full
// thread→arc map.
func (l *Linker) Relink() map[string]string {
	out := map[string]string{}
	for id, a := range l.arcs {
		out[id] = a
	}
	return out
}

// ArcOf returns the arc of a thread, "" when unknown.
func (l *Linker) ArcOf(thread string) string { return l.arcs[thread] }

// Related returns up to n threads of other stories related to thread.
func (l *Linker) Related(thread string, n int) []Related { return nil }

// Arcs returns every storyline with at least two threads, newest first.
func (l *Linker) Arcs() []Arc { return nil }
