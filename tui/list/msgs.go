package list

import (
	"github.com/storyline/storyline/internal/archive"
)

// PageSize is how many stories one List call loads.
const PageSize = 200

// debounceMS is how long (ms) typing must pause before a search runs.
const debounceMS = 150

// PageMsg is a loaded page of the story list.
type PageMsg struct {
	Req    int
	Offset int
	Items  []archive.StorySummary
	Total  int
	Err    error
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
