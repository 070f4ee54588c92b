// Package archive is storyline's application layer: it opens an archive
// (store + index + linker), imports inputs through the analysis pipeline,
// and answers the queries behind the CLI and the TUI in the JSON shapes of
// DESIGN §5.
package archive
