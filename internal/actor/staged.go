package actor

// A play and the parts in it are named like people ("Macbeth", "Hedda
// Gabler"); what the theatre does with a name says it is a work or a
// part: it stages a work, revives it, gives a production of it, and an
// actor plays a part at a theatre. A film's title before "stars" and
// its cast is the film ("Harbour Lights stars Ana Solis").

// stagingWords before a name, maybe after an article and up to two
// lower-case words, make it a work put on: "staged an acclaimed
// Macbeth", "revived Hedda Gabler".
var stagingWords = setOf(`stage stages staged staging restage restaged revive revives revived
reviving`)

// stagingNouns before "of" do the same: "a new production of Hamlet",
// "a revival of Blithe Spirit".
var stagingNouns = setOf(`production productions revival revivals staging adaptation adaptations`)

// broadcastNouns right before "of" and the name do the same for a show
// broadcast in parts: "the new series of Harbour Lane", "the final
// episode of Velma" (not "a series of phases lock Ivo Marsh").
var broadcastNouns = setOf(`series season seasons episode episodes instalment`)

// tourWords after an article or a possessive make the name after them a
// production on tour: "a touring Hedda Gabler" ("touring Velmora" alone
// is a journey).
var tourWords = setOf(`touring`)

// theatreHeads end the names of theatres: a part is played at one.
var theatreHeads = setOf(`theatre theater playhouse opera`)

// playVerbs are the forms of "play", for a part played at a theatre.
var playVerbs = setOf(playVerbWords)

// playVerbWords are the forms of "play", the words of playVerbs.
const playVerbWords = `play plays played playing`

// staged reports whether the name from token s to e is what a staging
// word or "production of" puts on: "staged an acclaimed Macbeth", "a
// revival of Blithe Spirit", "a touring Hedda Gabler", "the new series
// of Harbour Lane"; not the maker of a work named after it
// ("an adaptation of the Rob Hale best-seller").
func staged(toks []tok, s, e int) bool {
	if !endsPhrase(toks, e) {
		return false // "an adaptation of Philip Pullman's novel", "staging a Pop Idol type contest"
	}
	k := s - 1
	for n := 0; k >= 0 && n < 3 && toks[k].word && !toks[k].cap && !stagingWords[toks[k].lower] && toks[k].lower != "of"; n++ {
		if l := toks[k].lower; l != "a" && l != "an" && l != "the" && (clauseWords[l] || afterNounWords[l]) {
			return false // "staged by Tom Peck", "staged in Edinburgh"
		}
		if tourWords[toks[k].lower] && determinerBefore(toks, k) {
			return true // "a touring Hedda Gabler", "their touring Macbeth"
		}
		k-- // "an acclaimed", "a new"
	}
	switch {
	case k < 0:
		return false
	case stagingWords[toks[k].lower]:
		return true
	case k == s-1 && k > 0 && toks[k].lower == "of" && broadcastNouns[toks[k-1].lower]:
		return true // "the new series of Harbour Lane"
	}
	return toks[k].lower == "of" && k > 0 && stagingNouns[toks[k-1].lower]
}

// endsPhrase reports whether the name ending at token e ends its noun
// phrase: punctuation (not a possessive) or a word that follows a noun
// phrase comes next, not a noun the name qualifies.
func endsPhrase(toks []tok, e int) bool {
	if e >= len(toks) {
		return true
	}
	t := &toks[e]
	if isPossessive(t) {
		return false
	}
	if !t.word {
		return true
	}
	return !t.cap && (t.is(clsClauseWord) || t.is(clsAfterNounWord))
}

// characterNouns name a made-up person: "his creation was …", "the
// character Kit Mallory". Plurals are left out: a documentary's
// "characters" are real people ("one of the show's most colourful
// characters, Carole Baskin").
var characterNouns = setOf(`character creation alter-ego protagonist`)

// characterBefore reports whether a character noun stands right before
// the name starting at token s, or before "was" or "is" before it: "the
// character Kit Mallory", "his Office character David", "his most
// famous creation was James Bond". After a comma the name may be a
// real person the noun describes.
func characterBefore(toks []tok, s int) bool {
	k := s - 1
	if k > 0 && (toks[k].lower == "was" || toks[k].lower == "is") {
		k--
	}
	return k >= 0 && toks[k].word && !toks[k].cap && characterNouns[toks[k].lower]
}

// playedAtTheatre reports whether the name from token s to e is a part
// played at a theatre: "will play Hedda Gabler at the Carraway Theatre".
// The opponent a player plays is at a ground or in a final.
func playedAtTheatre(toks []tok, s, e int) bool {
	if s == 0 || !toks[s-1].is(clsPlayVerb) || e+1 >= len(toks) || (toks[e].lower != "at" && toks[e].lower != "in") {
		return false
	}
	k := e + 1
	if toks[k].lower == "the" {
		k++
	}
	for ; k < len(toks) && k < e+6 && toks[k].word && toks[k].cap; k++ {
		if theatreHeads[toks[k].lower] {
			return true
		}
	}
	return false
}

// castAfter reports whether the name ending at token e is a title
// followed by "stars" and a name, its cast: "Harbour Lights stars Ana
// Solis and Tom Peck"; a person "stars in" or "stars as" something.
func castAfter(toks []tok, e int) bool {
	return e+1 < len(toks) && toks[e].lower == "stars" && toks[e+1].word && toks[e+1].cap && !toks[e+1].sentStart
}
