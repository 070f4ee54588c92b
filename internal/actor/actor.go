package actor

// Kind values of an actor.
const (
	Person = "person"
	Org    = "org"
	Place  = "place"
	Other  = "other"
)

// Actor is one person, organisation or place in a story.
type Actor struct {
	Name        string   `json:"name"` // canonical: the fullest form seen
	Kind        string   `json:"kind"`
	Roles       []string `json:"roles"`
	Aliases     []string `json:"aliases"` // other surface forms seen
	Affiliation string   `json:"affiliation,omitempty"`
	Mentions    int      `json:"mentions"`
	Paragraphs  []int    `json:"paragraphs"` // story paragraph indices where mentioned
}

// Version identifies the resolution rules; actors stored by another
// version should be extracted again (the archive can fold it into its
// analysis version).
const Version = "2026-12-07.366"
