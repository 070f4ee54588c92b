// Package stem gives the Snowball (Porter 2) English stem of a word,
// cached: stemming is a costly step of segmenting and linking and the same
// words recur in every story. The cache is sharded (import workers stem
// concurrently) and bounded: a shard that fills up is emptied. Cache
// offers the same kind of table for any per-word value (the segmenter
// keeps a word's stem and flags there).
package stem

import "github.com/kljensen/snowball/english"

var stems = NewCache(func(w string) string { return english.Stem(w, true) })

// Of returns the stem of a lower-case word (stop words stemmed too).
func Of(w string) string { return stems.Get(w) }
