package common

import (
	"github.com/storyline/storyline/internal/archive"
)

// OpenStoryMsg asks the root to open a story in the reader.
type OpenStoryMsg struct {
	ID string
	// Thread is the thread id to land on ("" for the story's first).
	Thread string
	// Terms are search terms to highlight (lower case).
	Terms []string
	// Preview shows the story while the keyboard stays where it is (the
	// list's cursor resting on it), instead of opening it for reading.
	Preview bool
}

// SearchMsg asks the root to run a query in the list pane.
type SearchMsg struct{ Query string }

// StatusMsg is a transient line for the status bar.
type StatusMsg struct {
	Text string
	Err  bool
}

// ErrMsg reports a failed backend call or action.
type ErrMsg struct {
	Op  string
	Err error
}

// StoryMsg carries a loaded story back to the root; Req matches the
// request it answers, so stale loads are dropped.
type StoryMsg struct {
	Req   int
	Open  OpenStoryMsg
	Story *archive.Story
	Err   error
}

// AwayMsg says the archive has been closed for a writer (an import run
// while the browser is open); Note says so in the status bar until
// BackMsg.
type AwayMsg struct{ Note string }

// BackMsg says the archive is open again after a writer: Info describes
// it now, and the panes load again what they show.
type BackMsg struct{ Info archive.Info }
