// Package statusbar is the one-line status bar: the focused pane, archive
// information (and the demo archive's import hint), counts, the last
// message or error, and key hints.
package statusbar
