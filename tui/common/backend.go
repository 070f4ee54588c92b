package common

import (
	"context"

	"github.com/storyline/storyline/internal/archive"
)

// Backend is everything the TUI reads. The real implementation is
// *archive.Archive; tests use a fake. Every call is made from a tea.Cmd,
// never from Update or View.
type Backend interface {
	// List returns a page of stories, newest first, and the total count.
	List(ctx context.Context, offset, limit int) ([]archive.StorySummary, int, error)
	// Folded returns how many of List's stories are versions of another
	// (VersionOf set), which the list shows under that one.
	Folded(ctx context.Context) (int, error)
	// Story returns one story with paragraphs, threads and actors.
	Story(ctx context.Context, id string) (*archive.Story, error)
	// SearchOrdered runs a bleve query string and returns stories ranked
	// in order o.
	SearchOrdered(ctx context.Context, query string, limit int, o archive.Order) (*archive.SearchResult, error)
	// Related returns threads of other stories about the same matter.
	Related(ctx context.Context, threadID string, limit int) ([]archive.Related, error)
	// Storyline returns the threads of an arc in date order.
	Storyline(ctx context.Context, arcID string) ([]archive.ArcEntry, error)
	// ActorStories returns how many stories of the archive name each actor.
	ActorStories(ctx context.Context, names []string) (map[string]int, error)
	// TopActors returns the actors named by the most stories, most first;
	// a non-empty match keeps the names it matches (archive.MatchesName).
	TopActors(ctx context.Context, match string, limit int) ([]archive.Actor, error)
	// Info describes the open archive for the status bar.
	Info() archive.Info
}
