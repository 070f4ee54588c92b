package actor

// Awards, trophies and contests are things won: "won an Emmy", "picked up
// her first ever Grammy", "winning a Golden Globe", "won the Davis Cup".
// The tagger reads many of them as organisations (the academies behind
// them share their names); the verb of winning says the thing.

// winVerbs take the thing won as their object.
var winVerbs = setOf(`won win wins winning scooped scoop scoops earned earn earns earning collected
collect collects collecting bagged landed claimed clinched scooping`)

// wonThing reports whether m is what a verb of winning takes: the verb
// (maybe with an object pronoun: "earned him"), "a", "an", "the" or a
// possessive, at most two more words that are no prepositions or clause
// words ("her first ever", "a prestigious"; not "win the event since
// Mark Edmondson", "win the tie in Tel Aviv"), then the name ending its
// noun phrase, not before a noun or a possessive ("won the Writers
// Guild's award");
// "picked up" is a verb of winning too.
func wonThing(toks []tok, m *mention) bool {
	if m.e < len(toks) && (isPossessive(&toks[m.e]) || toks[m.e].word && !toks[m.e].cap && !wonFollowers[toks[m.e].lower]) {
		return false // "won the BBC contract"
	}
	k := m.s - 1
	for n := 0; k >= 0 && n < 3 && !determinerWord(toks[k].lower); n++ {
		t := &toks[k]
		if !t.word || t.cap || t.is(clsPrepositionWord) || t.is(clsClauseWord) || t.is(clsAfterNounWord) {
			return false
		}
		k--
	}
	if k < 1 || !determinerWord(toks[k].lower) {
		return false
	}
	k--
	if objectPronouns[toks[k].lower] && k > 0 {
		k-- // "winning him an Oscar"
	}
	v := toks[k].lower
	return winVerbs[v] || v == "up" && k > 0 && (toks[k-1].lower == "picked" || toks[k-1].lower == "picking" || toks[k-1].lower == "pick")
}

// wonFollowers may follow the thing won: "won an Emmy for"; a name before
// "award" qualifies it and may be the body giving it ("won the Grand
// Young Writers award").
var wonFollowers = setOf(`for in at and with on`)

// objectPronouns stand between a verb and its second object: "earned him a
// Golden Globe".
var objectPronouns = setOf(`him her them me us`)

// determinerWord reports whether l opens a noun phrase as an article or
// a possessive determiner.
func determinerWord(l string) bool {
	return l == "a" || l == "an" || l == "the" || possessiveDeterminers[l]
}
