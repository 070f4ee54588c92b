// Package fake is an in-memory common.Backend with invented demo content
// for the TUI's tests and demo harness: a three-matter round-up with an
// interleaved thread, actors with roles, threads related across stories,
// two storylines, and a story of hostile text full of escape sequences.
package fake
