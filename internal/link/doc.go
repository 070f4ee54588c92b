// Package link connects threads across stories: for each thread the related
// threads of other stories (with reasons), and storylines (arcs) that
// cluster threads about one matter over days of coverage. Linking is
// incremental: a new story joins existing arcs without recomputing the
// archive, and a full relink gives the same result.
//
// Features: Featurize turns a thread into at most MaxTerms weighted terms —
// Snowball stems of content words and numbers, plus "n:"-prefixed name
// phrases (runs of capitalised words, and the actor names given) — with
// sublinear term frequency, boosts for names and for terms of the opening
// fifth, the year the text mentions most, and the story's dateline (a
// full date making up the title or an opening line, as web pages print
// their publication date; every thread of a story takes the dateline of
// its first). Features hold no archive statistics, so stored
// Features never go stale.
//
// Linking: the Linker keeps document frequencies and an inverted index
// from terms to threads. A new thread's neighbours are the threads sharing
// a selective term (found through the index, never by a scan; at most the
// 64 with the largest partial dot product are scored in full, so the cost
// stays flat as the archive grows), scored by idf-weighted cosine, with a
// penalty when dated threads lie weeks apart and a bonus when their texts
// mostly mention the same year. The arcs of the nearest threads form the
// new thread's region (at most a few arcs and Params.RegionMax threads);
// the region is clustered afresh by average link, so a wrong early join is
// undone once later threads make the picture clearer, and the result
// barely depends on import order. Two clusters that are each much tighter
// than the link between them stay apart (Params.Cohesion): look-alike
// stories of one kind share their topic words but not their event. So do
// a cluster dated in one year by its datelines and one whose stories carry
// none (Params.DateCore): two look-alike events years apart, one reported
// on dated pages, the other in undated copies. Two clusters whose
// datelines fall in one week are not kept apart by Cohesion
// (Params.DateSpan): a matter that took a turn within days. Old arc
// ids stay with the cluster holding most of an old arc (the oldest such
// arc on merges). When the nearest arc is too big for a region, the thread
// joins it if its cosine with the arc's centroid, its best single
// similarity and its average similarity over the arc's threads all clear
// thresholds. Threads of one story may share an arc (a segmenter may split one matter);
// a thread that is a part of a story of several threads is compared with
// an allowance for its shortness.
//
// Memory: nothing held per thread has a pointer for the collector to
// scan. A thread's vector is term ids with 16-bit keys into a small table
// of (weight, readable form) pairs, side by side with every other thread's
// in shared chunks, as are its actors and people; its node, in a slab,
// refers to its story and arc by index and keeps no id, title or label of
// its own (an id is its story's id and number). Stories lie in a table of
// their own (ids side by side in one text, found through a hash of
// indices). Term texts, readable forms and actor keys are shared (and
// copied out of the texts they came from), an arc of one thread keeps no
// centroid of its own, and a term in more than 250 threads keeps no
// posting list (about 1.26 KB per thread in all at 20,000 bench articles,
// 0.22 KB of it scanned by the collector, mostly term and arc tables).
// Featurize and the linking of a new thread work in reused scratch
// buffers.
//
// Determinism: the state depends only on the threads held and the order
// they were added. Relink replays every story in date order, then id, and
// keeps an old arc id wherever the new arc holds most of the old one's
// threads; Load restores the exact state, so later Adds decide as they
// would have.
package link
