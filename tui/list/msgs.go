package list

import (
	"time"

	"github.com/storyline/storyline/internal/archive"
)

// PageSize is how many stories one List call loads.
const PageSize = 200

// debounceMS is how long (ms) typing must pause before a search runs.
const debounceMS = 150

// PreviewDelay is how long the cursor must rest on an item before the
// reader shows it.
var PreviewDelay = 150 * time.Millisecond

// previewTickMsg fires PreviewDelay after a cursor move; Tag names the move.
type previewTickMsg struct{ Tag int }

// PageMsg is a loaded page of the story list.
type PageMsg struct {
	Req    int
	Offset int
	Items  []archive.StorySummary
	Total  int
	// Folded is how many of Total are versions of another story, which
	// the list shows under it rather than in a row of their own; -1 when
	// this page did not count them (only a page from the top does).
	Folded int
	Err    error
	// Reload marks the answer to Reload: Items replace the stories loaded
	// so far, and the cursor goes back to story Keep ("": stays put).
	Reload bool
	Keep   string
}

// searchTickMsg fires when typing paused; Tag names the keystroke.
type searchTickMsg struct{ Tag int }

// ResultMsg carries search results; Tag names the query revision that
// asked, so results of older revisions are dropped.
type ResultMsg struct {
	Tag    int
	Query  string
	Result *archive.SearchResult
	Err    error
}
