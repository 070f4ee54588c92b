// Package thread splits a story into threads: groups of paragraphs, not
// necessarily contiguous, each about one matter, each with a short label.
//
// Paragraphs become stemmed, sublinear TF-IDF vectors (archive document
// frequencies through Stats; capitalised name tokens and shared actors
// boosted). A logistic boundary model scores every gap between paragraphs
// from lexical cohesion (neighbour and window cosines, TextTiling depth),
// name continuity, novelty, continuation openers ("He", "But", a quote),
// discourse cues ("Meanwhile", "It comes as", "Elsewhere") and sub-heads.
// Its weights were fitted on round-up-like mixes of BBC news articles. The
// story is cut at every gap that is at all likely to be a boundary, and the
// pieces are then clustered agglomeratively on centroid cosine, with a pull
// between neighbouring pieces that grows as their gap looks less like a
// boundary. This merges over-cut runs back together and re-attaches a
// matter that resumes after an aside, while a story about one matter ends
// up as one thread.
//
// Sentence units (SentenceOptions) use a description-length dynamic
// programme instead of the boundary model (after Utiyama and Isahara).
//
// Labels join a thread's most distinctive name with its most distinctive
// other words, weighing archive rarity against use in the story's other
// threads, and skipping reporting verbs and generic nouns.
package thread
