package link

import "time"

// ThreadDoc is what the linker is given about one thread.
type ThreadDoc struct {
	ID        string    // "<story-id>#<n>"
	Story     string    // story id
	Title     string    // story title
	Label     string    // thread label
	Published time.Time // story date (zero when unknown)
	Text      string    // the thread's paragraphs joined by blank lines
	Actors    []string  // actor keys (actor.Key) present in the thread
	// ActorNames are the actors' names as the story writes them, parallel
	// to Actors (optional): labels show "Gordon Brown", not the key's
	// folded "gordon brown".
	ActorNames []string
	// OtherMatter marks a thread of a story of several threads that the
	// title is not about: the title's words are not its words (Title
	// still names the story on screen).
	OtherMatter bool
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
	// Year is the year the text mentions most often (0 when none): it
	// tells look-alike events apart when stories carry no date.
	Year int `json:"year,omitempty"`
	// Dateline is the date of the story's dateline (zero when none): a
	// full date making up the title or an opening line, as web pages
	// print their publication date. DateYear is its year (0 when none),
	// enough for most of what the linker does with it: Features with a
	// DateYear and no Dateline (from a store that keeps only the year)
	// are dated in that year on an unknown day.
	Dateline time.Time `json:"dateline,omitzero"`
	DateYear int       `json:"dateyear,omitempty"`
	// Words counts the thread's content words (title included): short
	// threads are compared with a length allowance.
	Words int `json:"words,omitempty"`
}

// TermWeight is one weighted term of a thread's vector.
type TermWeight struct {
	Term   string  `json:"t"`
	Weight float32 `json:"w"`
	// Surface is the readable form when it differs from Term (a stem or a
	// lower-cased name), used in labels and reasons.
	Surface string `json:"s,omitempty"`
}

// Related is one thread related to another, with the reasons (ranked by
// internal/related from stored features).
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

// Version names the featurising and linking rules. Stored Features and
// arcs made under another version should be recomputed (Featurize again,
// then Relink).
const Version = "link-14"
