// Package actors is the actors pane: the open story's people,
// organisations and places with their roles and mention counts, those in
// the current thread emphasised, and how many stories of the archive name
// each. Enter on an actor searches the archive for it.
package actors
