// Package tui is storyline's terminal interface: the root bubbletea model
// that lays out the story list/search, reader and actors panes, the
// related-threads strip and the status bar, moves focus between them,
// routes keys, mouse and messages, cascades resizes and shows help, the
// related list and the storyline timeline as overlays.
//
// Every read of the archive goes through common.Backend inside a tea.Cmd,
// tagged so that stale answers are dropped; no frame waits on the index.
package tui
