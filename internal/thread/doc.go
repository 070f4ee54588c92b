// Package thread splits a story into threads: groups of paragraphs, not
// necessarily contiguous, each about one matter, each with a short label.
//
// Paragraphs become stemmed, sublinear TF-IDF vectors (archive document
// frequencies through Stats; capitalised name tokens and shared actors
// boosted). A dynamic programme chooses contiguous segments by description
// length: each segment codes its words with its own smoothed unigram model
// and a new segment costs a fixed number of nats per log-word, lowered by
// discourse cues ("Meanwhile", "It comes as", "Elsewhere") and short
// sub-head paragraphs. Segments are then clustered agglomeratively on
// centroid cosine, with a small bonus for segments that touch in reading
// order: this merges over-split runs back together and re-attaches a
// matter that resumes after an aside. Labels join the thread's most
// distinctive name with its most distinctive other words.
package thread
