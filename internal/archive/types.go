package archive

import "time"

// StorySummary is one row of `storyline list`.
type StorySummary struct {
	ID         string     `json:"id"`
	ExternalID *string    `json:"external_id"`
	Title      string     `json:"title"`
	Published  *time.Time `json:"published"`
	Source     string     `json:"source"`
	// Threads is the number of threads (not part of the fixed contract).
	Threads int `json:"threads"`
	// Category is the input's own section or category ("business",
	// "tech"), when it gave one (not part of the fixed contract).
	Category string `json:"category,omitempty"`
	// Versions, on the story a list shows for a group of versions of one
	// report (the newest), are the other versions' ids, in list order;
	// VersionOf, on each of those, is the shown story's id. Lists show a
	// story with VersionOf under that story, not on its own.
	Versions  []string `json:"versions,omitempty"`
	VersionOf string   `json:"version_of,omitempty"`
}

// Paragraph is one paragraph of `show`.
type Paragraph struct {
	Index       int    `json:"index"`
	Text        string `json:"text"`
	Thread      *int   `json:"thread"`
	Boilerplate bool   `json:"boilerplate"`
}

// Thread is one thread of `show` / `threads`.
type Thread struct {
	ID         string   `json:"id"`
	Label      string   `json:"label"`
	Paragraphs []int    `json:"paragraphs"`
	Actors     []string `json:"actors"`
	Arc        *string  `json:"arc"`
}

// Actor is one actor of `show` / `actors`.
type Actor struct {
	ID       string   `json:"id,omitempty"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Roles    []string `json:"roles"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
	Threads  []string `json:"threads"`
	// Stories is the archive-wide number of stories naming this actor.
	Stories int `json:"stories,omitempty"`
	// Affiliation is the party or organisation where stated.
	Affiliation string `json:"affiliation,omitempty"`
	// Written is the short name the story itself gives an actor shown
	// under the fuller name its storylines give it ("Lohan" for "Lindsay
	// Lohan"); empty otherwise. The story is indexed under Written.
	Written string `json:"written,omitempty"`
}

// Story is the full `show` document.
type Story struct {
	ID         string      `json:"id"`
	Title      string      `json:"title"`
	Source     string      `json:"source"`
	URL        string      `json:"url"`
	Byline     string      `json:"byline"`
	Published  *time.Time  `json:"published"`
	Paragraphs []Paragraph `json:"paragraphs"`
	Threads    []Thread    `json:"threads"`
	Actors     []Actor     `json:"actors"`
	// Versions are the other stories that are versions of this one
	// report (see StorySummary), newest first.
	Versions []string `json:"versions,omitempty"`
}

// SearchHit is one ranked story of `search`.
type SearchHit struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Published *time.Time `json:"published"`
	Score     float64    `json:"score"`
	Fragments []string   `json:"fragments"`
	// Threads are the ids of the story's threads that match the query.
	Threads []string `json:"threads"`
	// Labels are those threads' labels, in the same order.
	Labels []string `json:"labels,omitempty"`
	// Terms are the words that matched anywhere in the story, lower
	// case, in order of first appearance: what a reader highlights
	// (fragments show only the best two paragraphs).
	Terms  []string `json:"terms,omitempty"`
	Source string   `json:"source,omitempty"`
	// Versions are the ids of lower-ranked hits that are versions of this
	// story (the same report refiled, retitled or lightly rewritten);
	// VersionOf, on such a hit, is the id of the hit it is a version of.
	// Readers list a hit with VersionOf under that hit, not on its own.
	Versions  []string `json:"versions,omitempty"`
	VersionOf string   `json:"version_of,omitempty"`
}

// SearchResult is the `search` document.
type SearchResult struct {
	Total  uint64      `json:"total"`
	TookMS float64     `json:"took_ms"`
	Hits   []SearchHit `json:"hits"`
}

// Related is one row of `related`.
type Related struct {
	Thread    string     `json:"thread"`
	Story     string     `json:"story"`
	Title     string     `json:"title"`
	Label     string     `json:"label"`
	Published *time.Time `json:"published"`
	Score     float64    `json:"score"`
	Why       []string   `json:"why"`
}

// Arc is one row of `arcs`.
type Arc struct {
	ID      string     `json:"id"`
	Label   string     `json:"label"`
	Threads []string   `json:"threads"`
	First   *time.Time `json:"first"`
	Last    *time.Time `json:"last"`
}

// ArcEntry is one thread of a storyline timeline, with what a reader needs
// to show it (not part of the fixed CLI contract).
type ArcEntry struct {
	Thread    string     `json:"thread"`
	Story     string     `json:"story"`
	Title     string     `json:"title"`
	Label     string     `json:"label"`
	Published *time.Time `json:"published"`
	// NewActors are actors that enter the storyline in this thread.
	NewActors []string `json:"new_actors"`
	// Versions are the stories of later entries that are versions of
	// this entry's story (as in SearchHit); VersionOf, on such an entry,
	// is the story it is a version of. Readers list it under that one.
	Versions  []string `json:"versions,omitempty"`
	VersionOf string   `json:"version_of,omitempty"`
}

// Stats is the `stats` document.
type Stats struct {
	Stories        int   `json:"stories"`
	IndexedStories int   `json:"indexed_stories"`
	Threads        int   `json:"threads"`
	Actors         int   `json:"actors"`
	Arcs           int   `json:"arcs"`
	StoreBytes     int64 `json:"store_bytes"`
	IndexBytes     int64 `json:"index_bytes"`
}

// FileError names one input that failed and why.
type FileError struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

// ImportResult is the `import` document.
type ImportResult struct {
	Added     int `json:"added"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	// Repeated counts the unchanged stories that repeat one met earlier
	// in the same import (the same story under two ids, a feed listing an
	// item twice).
	Repeated int         `json:"repeated"`
	Failed   int         `json:"failed"`
	Errors   []FileError `json:"errors"`
}

// Info describes an open archive for status lines.
type Info struct {
	Path     string `json:"path"`
	Demo     bool   `json:"demo"`
	ReadOnly bool   `json:"read_only"`
	Stories  int    `json:"stories"`
	// Note is a hint for the user (how to import real data on the demo,
	// why the archive is read-only), "" when none.
	Note string `json:"note,omitempty"`
}
