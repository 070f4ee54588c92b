// Package store keeps the archive on disk in one bbolt file: each story
// with its original and cleaned paragraphs and its analysis (threads,
// actors, link features, arcs). It is the source of truth; the search index
// is rebuilt from it. Writes are ACID transactions, so a crash leaves every
// story wholly present or absent, and a second writer fails at once with a
// message naming the process that holds the archive.
package store
