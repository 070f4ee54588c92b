package actor

import "github.com/storyline/storyline/internal/article"

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

// Extract finds the actors of a story from its paragraphs (boilerplate
// paragraphs are skipped; indices refer to the full paragraph list).
// Placeholder: the real resolver replaces this.
func Extract(paras []article.Paragraph) []Actor { return nil }

// Key returns the archive-wide identity of an actor (kind and normalised
// canonical name), used to count stories per actor.
func Key(a Actor) string { return a.Kind + ":" + a.Name }
