// Package thread splits a story into threads: groups of paragraphs, not
// necessarily contiguous, each about one matter, each with a short label.
package thread
