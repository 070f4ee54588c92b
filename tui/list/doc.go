// Package list is the story list and search pane: the archive's stories,
// newest first, loaded 200 at a time as the cursor nears the end, and a
// search box that queries the archive as you type (debounced, stale
// results dropped) and lists ranked stories with highlighted fragments.
package list
