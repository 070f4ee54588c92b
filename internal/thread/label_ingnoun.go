package thread

// Event nouns that end in -ing. A topic word ending in -ing is weighed
// down as a verb's -ing form ("claiming", "offering") unless the story
// puts a determiner before it; but a thread's words are few, and "a quiet
// wedding", "an amber warning" often come as "married in a quiet wedding
// on Skye" or "amber warning for wind". A sub-editor writes these as the
// nouns they are: "Haworth golden wedding", "wind warning extended". The
// -ing noun rule lifts the weight from a word that is itself an event
// noun ("wedding", "warning", "ruling": eventNouns), the word as written
// and not only its stem, for "banning" shares the stem of "ban".
//
// Tried and dropped: also taking the words the part-of-speech lexicon
// (label_pos.txt) tags only as nouns ("housing", "training", "banking"):
// on dev no better, and on BBC news they came in as noise after a full
// label ("Barclays merger talks banking").

// eventNounWords are the eventNouns as written.
var eventNounWords = toSet(eventNouns)

// ingNoun reports whether w, a word ending in -ing, is an event noun in
// its own right.
func ingNoun(w word) bool {
	return wordIn(eventNounWords, w)
}
