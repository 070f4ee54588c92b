// Package index is the only package that imports bleve. It owns the index
// mapping (versioned: a schema change means a rebuild from the store), the
// batched writer, and typed queries returning story hits with highlighted
// fragments and the paragraphs that matched.
package index
