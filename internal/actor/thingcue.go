package actor

import (
	"slices"
	"strings"
)

// portrayVerbs, with playVerbs (staged.go), make the name after them a
// part an actor plays: "she plays Edwina Scarth", "portrays widow
// Martha Glaisdale".
var portrayVerbs = setOf(`portray portrays portrayed portraying`)

// partNouns before "of" make the name after them a part in a work: "the
// part of the gardener, Lewis Bray,".
var partNouns = setOf(`part role character`)

// playedBetween are lower-case words that may stand between a verb of
// playing and a person's name without making it a part: an opponent
// ("played against Ada Kell"), a partner ("playing alongside Ada Kell").
var playedBetween = setOf(`against alongside with for opposite beside under to at in on by from of as
the a an his her their its`)

// playedCharacter reports whether the name m, of two words or more, is a
// part an actor plays rather than a person of the story: after a verb of
// playing and the part's kind in lower case ("plays widow Martha
// Glaisdale", "has played landlady Tilly Penrose"), after such a verb
// and before an apposition that describes the part ("will play Tabitha
// Aykroyd, the family's long-serving servant"; "she plays Edwina Scarth,
// a widowed lighthouse keeper"), or after "the part of", "the role of",
// maybe with the part's kind in apposition ("the part of the gardener,
// Lewis Bray,"). A name of one word is as often a sports opponent
// ("plays Federer") and is left alone.
func playedCharacter(toks []tok, m *mention) bool {
	s, e := m.s, m.e
	if len(m.name) < 2 || s < 2 {
		return false
	}
	// The verb, maybe with one or two lower-case words of the part's kind.
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		t := &toks[k]
		if !t.word || t.cap && !t.sentStart {
			break
		}
		if t.is(clsPlayVerb) || portrayVerbs[t.lower] {
			if k < s-1 {
				return true // "plays widow Martha Glaisdale"
			}
			return e+1 < len(toks) && toks[e].text == "," && (toks[e+1].lower == "a" || toks[e+1].lower == "an" || toks[e+1].lower == "the")
		}
		if t.is(clsPlayedBetween) || t.cap {
			break
		}
	}
	// "the part of [the gardener,] Lewis Bray".
	k := s - 1
	if toks[k].text == "," {
		for k--; k > s-5 && k > 0 && toks[k].word && !toks[k].cap && toks[k].lower != "of"; k-- {
		}
	}
	return k >= 1 && toks[k].lower == "of" && partNouns[toks[k-1].lower]
}

// stageVerbs before "as" make the name after it a part an actor plays:
// "starred as Lady Verity Hale", "was cast as", "appears as".
var stageVerbs = setOf(`star stars starred starring cast casts casting appear appears appeared appearing ` + playVerbWords)

// seeVerbs before a pronoun and "as" make the name after it the part
// the pronoun's actor was seen in: "since he saw her as Lady Macbeth".
var seeVerbs = setOf(`see sees saw seen seeing`)

// heroNouns name a part in a work, beside characterNouns (staged.go),
// when a work or a possessive goes with them: "the heroine of his nine
// books, the chain-smoking Inspector Clara Voss".
var heroNouns = setOf(`character heroine hero protagonist villain alter-ego`)

// castPart reports whether the name m is a part in a work by the words
// around it, as a person of the story is not described:
//
//   - after a verb of playing, "the" and lower-case words describing
//     the part ("playing the brooding Captain Ezra Vane"; not "played
//     the Lions", which has no name of a person's shape);
//   - after "as" and such words, after a verb of starring or casting
//     ("starred as the scheming Lady Verity Hale"), a verb of seeing and
//     a pronoun ("saw her as Lady Macbeth") or "made her name" ("made
//     her name as the steely detective Marguerite Lowe");
//   - right after a verb of playing and before "in" and a work ("playing
//     Captain Ezra Vane in The Lantern Keepers", "plays Ada Kell in the
//     drama");
//   - before an apposition that says who plays it ("DS Kitty Marr, the
//     sergeant played by Shona Baird,");
//   - after a character noun of a work in the same phrase ("the heroine
//     of his nine books, the chain-smoking Inspector Clara Voss").
func castPart(toks []tok, m *mention) bool {
	s, e := m.s, m.e
	if len(m.name) > 1 && headBits(m.name[len(m.name)-1]) != 0 {
		return false // "played the V Festival": a body's, a place's or an event's name
	}
	// A rank or a title the rules split off as a role: "Captain Ezra Vane".
	for n := 0; n < 2 && s > 0 && toks[s-1].word && toks[s-1].cap && !toks[s-1].sentStart && (toks[s-1].honorific() || toks[s-1].is(clsRoleHead)); n++ {
		s--
	}
	titled := s < m.s || m.hon != "" && !plainHonorifics[strings.ToLower(m.hon)]
	// Lower-case words describing the part, then "the" and a verb, or "as".
	k := s - 1
	for n := 0; k >= 0 && n < 4 && toks[k].word && !toks[k].cap && toks[k].cls&(clsPlayedBetween|clsClauseWord|clsPlayVerb) == 0; k, n = k-1, n+1 {
	}
	if k >= 1 && toks[k].lower == "the" && toks[k-1].is(clsPlayVerb) && (len(m.name) > 1 || titled) && endsPhrase(toks, e) {
		return true // "playing the brooding Captain Ezra Vane"
	}
	if actorAsPart(toks, s, e) {
		return true // "stars Rafe Okonjo as the ruthless Jago Penrose"
	}
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k >= 1 && toks[k].lower == "as" {
		j := k - 1
		switch {
		case stageVerbs[toks[j].lower] && (j == 0 || !toks[j-1].word || toks[j-1].cap || toks[j-1].is(clsClauseWord) || toks[j-1].lower == "be"):
			// Not "such screen stars as Michael Douglas".
			return true // "starred as the scheming Lady Verity Hale"
		case j >= 1 && (toks[j].lower == "her" || toks[j].lower == "him") && seeVerbs[toks[j-1].lower]:
			return true // "saw her as Lady Macbeth"
		case j >= 2 && toks[j].lower == "name" && toks[j-1].is(clsPossessiveDet) && (toks[j-2].lower == "made" || toks[j-2].lower == "make" || toks[j-2].lower == "makes" || toks[j-2].lower == "making"):
			return true // "made her name as the steely detective Marguerite Lowe"
		}
	}
	// "playing Captain Ezra Vane in The Lantern Keepers", "plays Ada Kell in the drama".
	if s >= 1 && (toks[s-1].is(clsPlayVerb) || portrayVerbs[toks[s-1].lower]) {
		if e+1 < len(toks) && toks[e].lower == "in" && inWork(toks, e+1) {
			return true
		}
		if titled {
			return true // "to play Lady Macbeth at the Bristol Old Vic"
		}
	}
	// "DS Kitty Marr, the sergeant played by Shona Baird".
	if e < len(toks) && (toks[e].text == "," || toks[e].text == "(") {
		for k := e + 1; k+1 < len(toks) && k <= e+6; k++ {
			t := &toks[k]
			if !t.word || t.cap {
				break
			}
			if (t.lower == "played" || t.lower == "portrayed") && toks[k+1].lower == "by" {
				return true
			}
		}
	}
	if characterApposed(toks, s) {
		return true // "His character, the crooked vicar Uncle Osric Pellowe,"
	}
	if voicedBy(toks, e, "voiced") {
		return true // "Baroness Ysolde is voiced crisply by", "Grandpa Ebbo, who builds a rocket, is voiced by"
	}
	if kinTitled(toks, s) && (voicedBy(toks, e, "played") || voicedBy(toks, e, "portrayed")) {
		return true // "Granny Ebba, who knits the moon a scarf, is played by": a relative's title is no public name
	}
	// "the heroine of his nine books, the chain-smoking Inspector Clara Voss".
	work := false
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		t := &toks[k]
		if t.word && t.cap && !t.sentStart || !t.word && t.text != "," || t.word && t.is(clsRoleHead) || t.is(clsClauseWord) && !t.is(clsPossessiveDet) {
			break // not "Its protagonist is a Harvard professor"
		}
		if t.is(clsWorkNoun) || t.lower == "books" || t.lower == "novels" || t.lower == "films" {
			work = true
		}
		if t.is(clsHeroNoun) && k < s-1 && (work || k > 0 && toks[k-1].is(clsPossessiveDet)) {
			return true
		}
	}
	return false
}

// characterApposed reports whether the name starting at token s stands
// in apposition after a character noun (heroNouns but "hero", which
// news gives real people), maybe with "the" and up to four lower-case
// words describing the part, role nouns among them: "His character, the
// crooked vicar Uncle Osric Pellowe,", "and the heroine,
// Ysolde Brisket, runs the lock". After "the" rather than a
// possessive determiner the paragraph must speak of the stage, the
// screen or books (stageParagraph, bookWords).
func characterApposed(toks []tok, s int) bool {
	k := s - 1
	for n := 0; k >= 0 && n < 4 && toks[k].word && !toks[k].cap && toks[k].cls&(clsClauseWord|clsLinkWord) == 0; k, n = k-1, n+1 {
	}
	for k >= 0 && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an") {
		k--
	}
	if k < 2 || toks[k].text != "," {
		return false
	}
	h := &toks[k-1]
	if !h.word || h.cap || !h.is(clsHeroNoun) || h.lower == "hero" {
		return false
	}
	d := toks[k-2].lower
	return possessiveDeterminers[d] && d != "its" && d != "whose" || d == "the" && (stageParagraph(toks) || slices.ContainsFunc(toks, func(t tok) bool { return t.word && bookWords[t.lower] }))
}

// voicedBy reports whether the name ending at token e is the subject of
// "is voiced by" or "was voiced by", maybe with an adverb in -ly before
// "by", right after it or after a relative clause in commas: "Baroness
// Quenby is voiced crisply by", "Grandpa Ebbo, who builds a rocket from
// teapots, is voiced by". Only made-up parts are voiced. With verb
// "played" or "portrayed" the same shape asks about a part a real
// person's name may be too (a biopic's), so the caller asks more.
func voicedBy(toks []tok, e int, verb string) bool {
	k := e
	if k+1 < len(toks) && toks[k].text == "," && toks[k+1].lower == "who" {
		for k += 2; k < len(toks) && k < e+30 && toks[k].text != ","; k++ {
			if toks[k].sentStart {
				return false
			}
		}
		k++ // past the comma closing the clause
	}
	if k+2 >= len(toks) || !toks[k].is(clsBeForm) || toks[k+1].lower != verb {
		return false
	}
	k += 2
	if adverbLy(&toks[k]) {
		k++
	}
	return k < len(toks) && toks[k].lower == "by"
}

// bookWords in a paragraph speak of books, whose heroines are made up.
var bookWords = setOf(`novel novels book books novella fiction story stories`)

// actorAsPart reports whether the name from token s to e is a part by
// "as", "the" or a possessive determiner and lower-case words
// describing the part, maybe closed by a comma, after an actor's name
// or a word of the stage, in a paragraph of the screen or the stage
// (stageParagraph): "stars Rafe Okonjo as the ruthless Jago Penrose and
// Lotte Brandvold as his estranged sister, Kerenza", "steals every
// scene as the oldest partner, Hector Bell". Without the description
// ("starring Liam Neeson as Alfred Kinsey") a biopic may name a real
// person, and so may one whose surname is named before, as a biopic's
// title often is ("Kinsey, starring Liam Neeson as the famed sex
// scientist Alfred Kinsey").
func actorAsPart(toks []tok, s, e int) bool {
	k := s - 1
	if k >= 0 && toks[k].text == "," {
		k--
	}
	n := 0
	for ; k >= 0 && n < 4 && toks[k].word && !toks[k].cap && !isPossessive(&toks[k]) && toks[k].cls&(clsPlayedBetween|clsClauseWord) == 0; k, n = k-1, n+1 {
	}
	if n == 0 || k < 2 || toks[k].lower != "the" && !toks[k].is(clsPossessiveDet) || toks[k-1].lower != "as" {
		return false
	}
	j := k - 2
	if toks[j].text == "," && j > 0 {
		j-- // "Fenella Marsh, as the widowed queen, Ada"
	}
	b := &toks[j]
	if !(b.word && (b.cap && !b.sentStart || stageWords[b.lower] || b.lower == "viewers" || b.lower == "audiences")) {
		return false
	}
	last := toks[e-1].text
	for i := 0; i < j; i++ {
		if toks[i].text == last {
			return false // "Kinsey starring Liam Neeson as the famed sex scientist Alfred Kinsey": a biopic titled after its subject
		}
	}
	return endsPhrase(toks, e) && stageParagraph(toks)
}

// inWork reports whether the words from token k on name a work: a
// title opened by a capitalised "The" inside a sentence ("in The
// Lantern Keepers") or "the", at most two lower-case words and a work
// noun ("in the fantasy series", "in the long-running drama").
func inWork(toks []tok, k int) bool {
	t := &toks[k]
	if t.text == "The" && !t.sentStart {
		return true
	}
	if t.lower != "the" {
		return false
	}
	for i := k + 1; i < len(toks) && i <= k+3; i++ {
		if !toks[i].word || toks[i].cap {
			return false
		}
		if toks[i].is(clsWorkNoun) || toks[i].lower == "play" {
			return true
		}
	}
	return false
}

// plainHonorifics are the titles anyone may bear: after a verb of
// playing they do not make a part of the name ("played Mr Kell").
var plainHonorifics = setOf(`mr mrs ms miss mx dr sir dame`)

// kinAddresses are the words a family calls its elders or parents by,
// written with a capital as names are ("Grandad has worn Nana's ring"):
// alone they name no one the story can tell apart.
var kinAddresses = setOf(`grandad granddad grandpa grandma granny gran nana nanna nan nanny mummy
daddy mum dad mam mammy mama papa grandmother grandfather`)

// kinAddress reports whether m is one word that calls a relative by
// their place in the family: "Grandad", "Nana", "Granny".
func kinAddress(m *mention) bool {
	var buf [32]byte
	return len(m.name) == 1 && kinAddresses[string(appendLowerKey(buf[:0], m.name[0]))]
}

// buildingNouns after a name say it names a building or a vessel, often
// after a person: "the Ada Crowther footbridge", "the Lord Ravensworth
// pub", "the Mayfair bookshop".
var buildingNouns = setOf(`pub inn tavern hotel bar restaurant cafe bookshop footbridge bridge
building hall ferry ship yacht liner vessel lifeboat statue memorial wing ward suite centre center ` + institutionNounWords)

// namedBuilding reports whether m stands between "the" and a building
// noun that ends its noun phrase: "the Ada Crowther footbridge over the
// River Calder", "the Lord Ravensworth pub just off Whitehall" (not "the
// Kell building works"). One lower-case word or a possessive noun may
// stand between, saying what the building is for ("the Ada Kell
// children's ward", "the Ada Kell maternity wing"), and a hospital,
// school or college may follow a preposition instead of "the" ("an
// emergency at James Cook hospital").
func namedBuilding(toks []tok, m *mention) bool {
	e := m.e
	if m.s == 0 || e >= len(toks) {
		return false
	}
	if e+1 < len(toks) && toks[e].word && !toks[e].cap && !buildingNouns[toks[e].lower] && wardNouns[toks[e+1].lower] {
		e++ // "maternity wing"
	} else if e+2 < len(toks) && toks[e].word && !toks[e].cap && isPossessive(&toks[e+1]) && wardNouns[toks[e+2].lower] {
		e += 2 // "children's ward"
	}
	if !toks[e].word || toks[e].cap || !buildingNouns[toks[e].lower] {
		return false
	}
	if (e > m.e || institutionNouns[toks[e].lower] || centreNouns[toks[e].lower]) && m.kind != Person {
		return false // a place's own: "the Nell school" read as a place, "the Corran centre"
	}
	switch b := toks[m.s-1].lower; {
	case b == "the":
	case (b == "a" || b == "an") && m.kind == Person:
		// "at a Tarrow Vale leisure centre" read as a person; not "a
		// Corran hotel", a place's.
	case (b == "at" || b == "in" || b == "to" || b == "from") && institutionNouns[toks[e].lower]:
	default:
		return false
	}
	return e+1 == len(toks) || !toks[e+1].word || toks[e+1].cap || !nounAfterBuilding(toks[e+1].lower)
}

// buildingHeads end the names of buildings, their parts and streets
// named after people or places: "the Agnes Whitlock Wing", "the former
// Wesley Chapel", "Ferncombe Manor", "on Marjorie Haines Way". "Wing"
// and "Way" end people's names too ("Lorna Wing"), so after a name of
// two words they head a building only as a third word.
var buildingHeads = setOf(`wing ward way chapel manor`)

// buildingHeaded reports whether m's name ends in a buildingHeads word,
// or the tagger left one, capitalised, right after it: "Chapel" and
// "Manor" after any word, "Wing", "Ward" and "Way" after two.
func buildingHeaded(toks []tok, m *mention) bool {
	n := len(m.name)
	if n < 1 || m.hon != "" {
		return false
	}
	var buf [32]byte
	last := string(appendLowerKey(buf[:0], m.name[n-1]))
	if m.e < len(toks) && toks[m.e].word && toks[m.e].cap && buildingHeads[toks[m.e].lower] {
		last, n = toks[m.e].lower, n+1
	}
	if !buildingHeads[last] || n < 2 {
		return false
	}
	return last == "chapel" || last == "manor" || n >= 3
}

// centreNouns among buildingNouns follow a place's name as often as the
// name of a person a centre is named after ("the Corran centre"): they
// make a building only of a name read as a person's.
var centreNouns = setOf(`centre center`)

// wardNouns are the parts of a hospital or a building named after a
// person that a lower-case word may qualify: "children's ward".
var wardNouns = setOf(`ward wing suite centre center`)

// institutionNouns are buildingNouns that follow a name after a
// preposition alone: "at James Cook hospital".
var institutionNouns = setOf(institutionNounWords)

// institutionNounWords are the words of institutionNouns.
const institutionNounWords = `hospital hospice school academy college`

// nounAfterBuilding reports whether l, after a building noun, makes it
// qualify a further noun ("the bar staff", "the hall manager").
func nounAfterBuilding(l string) bool {
	return isRoleHeadL(l) || l == "staff" || l == "works" || l == "owners" || l == "owner"
}

// namedThing reports whether m, read as a person's name, names a part
// in a work (playedCharacter), a relative called by their place in the
// family (kinAddress), a building (namedBuilding) or, with a title, a
// ship, a pub or a horse that "which" follows ("The Countess Mara,
// which left Roscoff").
func namedThing(toks []tok, m *mention) bool {
	if playedCharacter(toks, m) || castPart(toks, m) || kinAddress(m) || namedBuilding(toks, m) || buildingHeaded(toks, m) {
		return true
	}
	if m.hon == "" && !m.ofTitle {
		return false
	}
	if pubBefore(toks, m.s) {
		return true // "regulars at the Duke of Tarrow", a pub (titledthing.go)
	}
	e := m.e
	return e+1 < len(toks) && toks[e].text == "," && toks[e+1].lower == "which" || e < len(toks) && toks[e].lower == "which"
}

// kinTitled reports whether a relative's title opens the name starting
// at token s, or stands right before it where the rules split it off
// ("Granny Ebba", "Aunt Viv"): a character is called so by everyone, a
// real person only by their family.
func kinTitled(toks []tok, s int) bool {
	if s < len(toks) && toks[s].cap && kinTitle(toks[s].lower) {
		return true
	}
	return s > 0 && toks[s-1].cap && !toks[s-1].sentStart && kinTitle(toks[s-1].lower)
}
