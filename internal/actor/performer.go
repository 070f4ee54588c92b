package actor

import (
	"slices"
	"strings"
)

// A part in a work is named where a review praises a performance ("is
// superb as Tilly"), or right after a verb of playing where the
// paragraph speaks of the screen or the stage and not of sport ("grew
// up on the TV show, playing Kitty Vance", "will play Maud, a widow who
// …"). An actor's name before "as" is no such sign: biopics give real
// people's names to parts ("starring Liam Neeson as Alfred Kinsey").

// praiseWords, after a form of "be" and before "as", judge a
// performance: "is superb as Tilly", "was hilarious as Cyril".
var praiseWords = setOf(`superb magnificent excellent brilliant wonderful terrific outstanding
marvellous convincing splendid superlative mesmerising compelling luminous heartbreaking
hilarious riveting chilling unrecognisable unrecognizable unforgettable memorable moving
touching menacing ferocious glorious sublime devastating tremendous electric commanding
delightful formidable frightening funny magnetic poignant`)

// linkWords join phrases and describe no part: "as back-up to Ada
// Kell" names a team-mate.
var linkWords = setOf(`to of for from with by at in on into up over under`)

// beForms are the forms of "be" a review uses before praise.
var beForms = setOf(`is was are were be been`)

// partEnders may follow a part's name: "as Tilly in The Salt House",
// "as Aunt Bunty, the sister who", "as Ezra Vane and Lotte Marr as …";
// not a verb ("Ada Kell as Tom Bray looked on" is a clause).
var partEnders = setOf(`in and opposite alongside with who whose at on for`)

// performVerbs make the name right after them a part: the forms of
// "play" and "performing".
var performVerbs = setOf(playVerbWords + ` performing`)

// performedPart reports whether m, read as a person's name, is a part
// an actor plays by the words around it:
//
//   - after "as" and maybe a description of the part in lower case (a
//     comma may close it: "as his estranged sister, Lotte"; possessives
//     and nationality words may be in it: "as Lady Ada Kell's scheming
//     French cousin, Hortense"), when before "as" stands praise after a
//     form of "be" ("is superb as Tilly", "was hilarious as Bertie's
//     brother Cyril") or another cue of castas.go (the actor's name in a
//     caption, joining or being cast), or when the part is in a drama
//     ("as the fearsome Matron Ida Blunt in the hospital drama"), or,
//     in a story of a soap's episodes (screenStory), when a person's
//     name stands before "as" in the sentence ("with Ada Kell heading
//     the clan as hard-as-nails widow Bridget Vane");
//   - after a possessive determiner and a title ("his King Lear at
//     Chichester");
//   - right after a verb of playing, when the name has a title or two
//     words or more opening with a given name, in a paragraph that
//     speaks of the screen or the stage and not of sport
//     (stageParagraph: "playing Kitty Vance, she said", "performing Mrs
//     Vance"), or is a given name alone that an apposition describes
//     ("will play Maud, a widow who …"), or follows a description of
//     the part in apposition ("plays the vet, Dr Ada Kell,") or after a
//     possessive ("plays his long-suffering wife Maureen"), in a
//     paragraph that does not speak of sport (sportsParagraph) for these
//     two. Opponents are played in sport ("will play Roger Federer").
//
// The name must end its phrase: not "as Tom Bray's deputy", "as Tom
// Bray looked on".
func (st *story) performedPart(d *paraDoc, m *mention) bool {
	toks := d.toks
	s, e := m.s, m.e
	if len(m.name) == 0 {
		return false
	}
	if st.followedCharacter(d, m) {
		return true // "The novel follows Wenna, a retired diver,", "follows a night porter, Ada Kell,"
	}
	if playedBack(d, m) {
		return true // "Zeb Quillet vanishes on his wedding night, and Ivo Marsh, who plays him, says"
	}
	if s >= 2 && toks[s-1].is(clsPerformVerb) && haveForms[toks[s-2].lower] && e < len(toks) && (toks[e].lower == "since" || toks[e].lower == "for") && len(m.name) > 1 && !sportsParagraph(toks) {
		return true // "has played Hesper Dunnock for eleven years": a long-running part
	}
	if s == 0 {
		return false
	}
	if e < len(toks) && (isPossessive(&toks[e]) || toks[e].word && !partEnders[toks[e].lower]) {
		return false
	}
	for i := s; i < e; i++ {
		if isRoleNounL(toks[i].lower) && !toks[i].honorific() {
			return false // "as Health Secretary"
		}
	}
	// A title the rules split off: "Aunt Bunty", "DCI Rowena Blaine".
	for n := 0; n < 2 && s > 0 && toks[s-1].word && toks[s-1].cap && !toks[s-1].sentStart && (toks[s-1].honorific() || isRoleHeadL(toks[s-1].lower) || kinTitle(toks[s-1].lower) || orderTitles[toks[s-1].lower]); n++ {
		s--
	}
	if s == 0 {
		return false
	}
	titled := s < m.s || m.hon != ""
	if titled && possessedTitle(toks, s) {
		return true // "his King Lear at Chichester", "whose stripped-back Lady Macbeth"
	}
	if toks[s-1].is(clsPerformVerb) {
		switch {
		case (titled || len(m.name) > 1 && givenName(m.name[0])) && stageParagraph(toks):
			return true // "playing Kitty Vance", "performing Mrs Vance"
		case len(m.name) == 1 && givenName(m.name[0]) && e+1 < len(toks) && toks[e].text == "," && (toks[e+1].lower == "a" || toks[e+1].lower == "an" || toks[e+1].lower == "the") && !sportsParagraph(toks):
			return true // "will play Maud, a widow who …"
		}
	}
	k := s - 1
	if toks[k].text == "," {
		k-- // "as his estranged sister, Lotte"
		if k < 0 || !toks[k].word || toks[k].cap {
			return false
		}
	}
	described := false
	ownS, ownE := 0, 0 // the name owning the part's description, if any
	for n := 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		t := &toks[k]
		if isPossessive(t) && k > 0 && toks[k-1].word {
			// "as Bertie's brother Cyril", "as Lady Ada Kell's cousin,
			// Hortense", "as the missing girl's father, Ted Marr"
			ownE = k
			for k--; k > 0 && toks[k].cap && toks[k-1].word && toks[k-1].cap && !toks[k].sentStart && n < 6; k, n = k-1, n+1 {
			}
			ownS = k
			continue
		}
		if t.word && t.cap && !t.sentStart && isNationalityL(t.lower) && described {
			continue // "her scheming French cousin"
		}
		if !t.word || t.cap || t.lower == "as" || t.is(clsPerformVerb) || t.is(clsClauseWord) && !t.is(clsPossessiveDet) || t.is(clsLinkWord) {
			break
		}
		described = true
	}
	if k < 1 {
		return false
	}
	if described && toks[k].is(clsPerformVerb) && !sportsParagraph(toks) && (toks[k+1].lower == "the" || toks[k+1].lower == "a") && toks[s-1].text == "," {
		st.notePartOwner(d, ownS, ownE)
		return true // "plays the vet, Dr Judith Crane,"
	}
	if described && toks[k].is(clsPerformVerb) && !sportsParagraph(toks) && toks[k+1].is(clsPossessiveDet) && k+2 < s-1 && !nounPlay(toks, k) {
		st.notePartOwner(d, ownS, ownE)
		return true // "plays his long-suffering wife Maureen" (castas.go)
	}
	if toks[k].lower != "as" {
		return false
	}
	if described && st.screenStory() && personBefore(d, k) && !sportsParagraph(toks) {
		st.notePartOwner(d, ownS, ownE)
		return true // "with Orla Keating heading the clan as hard-as-nails widow Bridget Carey", in a soap's story
	}
	if asPortrayal(toks, k, s, titled) {
		st.notePartOwner(d, ownS, ownE)
		return true // "last seen as a ferocious Lady Bracknell", "as the dastardly Captain Ned Vane"
	}
	// "as the fearsome Sister Ada Kell in the hospital drama …"
	if asPartCue(d, k, e) || e+1 < len(toks) && toks[e].lower == "in" && toks[e+1].lower == "the" && inWork(toks, e+1) {
		st.notePartOwner(d, ownS, ownE)
		return true
	}
	return false
}

// notePartOwner records as a part too the name [s, e) of d that owns a
// part's description after a cue of acting ("is superb as Bertie's
// brother Cyril", "joins the cast as Lady Ada Kell's scheming cousin,
// Hortense"): the part's kin in the work. Only a name the tagger read
// ends there (not "the missing girl's father"); markParts keeps a real
// person, one a mention shows to be one.
func (st *story) notePartOwner(d *paraDoc, s, e int) {
	if e <= s {
		return
	}
	for _, sp := range d.spans {
		if sp.e != e || sp.s < s || sp.s >= e {
			continue
		}
		st.notePart(wordsKey(d.toks, sp.s, e)) // "eugenia marchmont"
		if s < sp.s {
			st.notePart(wordsKey(d.toks, s, e)) // and with its title, "lady eugenia marchmont"
		}
		return
	}
}

// screenWords in a story say it speaks of a soap or a serial's episodes.
var screenWords = setOf(`soap soaps episode episodes storyline storylines sitcom co-star spoilers`)

// screenStory reports whether the story uses a word of screenWords.
func (st *story) screenStory() bool {
	for w := range screenWords {
		if st.lower[w] {
			return true
		}
	}
	return false
}

// personBefore reports whether a person's name stands before token k in
// its sentence: the actor of "Ada Kell heading the clan as …".
func personBefore(d *paraDoc, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if d.inPerson(j) {
			return true
		}
		if d.toks[j].sentStart {
			return false
		}
	}
	return false
}

// stageWords in a paragraph speak of the screen or the stage.
var stageWords = setOf(`tv television film films movie drama dramas series sitcom soap episode
stage theatre theater actor actress actors actresses role character musical opera
production screen cast comedy thriller scene scenes`)

// stageParagraph reports whether the paragraph of toks speaks of the
// screen or the stage and uses none of the words of match reports: a
// part is played there, not an opponent.
func stageParagraph(toks []tok) bool {
	return !sportsParagraph(toks) && slices.ContainsFunc(toks, func(t tok) bool { return t.word && stageWords[t.lower] })
}

// sportsParagraph reports whether the paragraph of toks uses a word of
// match reports (sportsCues).
func sportsParagraph(toks []tok) bool {
	return slices.ContainsFunc(toks, func(t tok) bool { return t.word && sportsCues[t.lower] != 0 })
}

// kinTitle reports whether l, capitalised before a name, calls the
// person by a relative's place: "Aunt Bunty", "Uncle Cyril".
func kinTitle(l string) bool {
	return l == "aunt" || l == "auntie" || l == "uncle" || l == "grandma" || l == "grandpa" || l == "granny"
}

// playedBack reports whether, later in the sentence of m and with no
// other person's name between, a person's name in commas is followed by
// "who plays" or "who played" and "him" or "her": the pronoun is the
// part m names ("Zeb Quillet vanishes on his wedding night, and Ivo
// Marsh, who plays him, says").
func playedBack(d *paraDoc, m *mention) bool {
	toks := d.toks
	for k := m.e; k+3 < len(toks) && k < m.e+40; k++ {
		t := &toks[k]
		if t.sentStart {
			return false
		}
		if !d.inPerson(k) {
			continue
		}
		// Another person's name: the actor, if "who plays him" follows it.
		for k < len(toks) && d.inPerson(k) {
			k++
		}
		if k+3 >= len(toks) || toks[k].text != "," || toks[k+1].lower != "who" || (toks[k+2].lower != "plays" && toks[k+2].lower != "played") {
			return false
		}
		p := toks[k+3].lower
		return p == "him" || p == "her"
	}
	return false
}

// followVerbs tell what a story is about: "The novel follows Wenna".
var followVerbs = setOf(`follows follow followed`)

// fictionWords in a paragraph or a story speak of made-up stories.
var fictionWords = setOf(`novel novels novella fiction`)

// followedCharacter reports whether the name of m is whom a made-up
// story follows: after "follows" and maybe a description in lower case
// closed by a comma ("follows two sisters, Ada and Wenna Kell", "follows
// a night porter, Ivo Marsh, and a dying patient, Mrs Vell"; "and"
// after a comma and before an article goes on with the list, and a word
// in -ed or -ing right after an article describes), with no verb or
// relative word between, in a story that speaks of novels or fiction
// (a paragraph's own word or the story's) and a paragraph that does not
// speak of a documentary, which follows real people.
func (st *story) followedCharacter(d *paraDoc, m *mention) bool {
	toks := d.toks
	k := m.s - 1
	for ; k >= 0 && !followVerbs[toks[k].lower]; k-- {
		t := &toks[k]
		if t.lower == "and" && k > 0 && toks[k-1].text == "," && k+1 < len(toks) && (toks[k+1].lower == "a" || toks[k+1].lower == "an" || toks[k+1].lower == "the") {
			continue // "follows a night nurse, Ada Kell, and a patient, Mr Vell"
		}
		if t.lower == "and" && k > 0 && toks[k-1].word && toks[k-1].cap && !toks[k-1].sentStart {
			continue // "follows two sisters, Ada and Wenna Kell"
		}
		if t.sentStart || t.word && !t.cap && (t.is(clsClauseWord) || t.is(clsLinkWord) || (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing")) && !afterArticle(toks, k)) {
			return false // a verb; but "a dying patient", "a retired diver" describe
		}
		if !t.word && t.text != "," {
			return false
		}
	}
	if k < 1 || toks[k].cap {
		return false
	}
	fiction := false
	for ti := range toks {
		t := &toks[ti]
		if t.word && !t.cap {
			if t.lower == "documentary" || t.lower == "documentaries" {
				return false
			}
			fiction = fiction || fictionWords[t.lower]
		}
	}
	return fiction || st.lower["novel"] || st.lower["novels"] || st.lower["fiction"]
}

// afterArticle reports whether the word at k comes right after "a",
// "an" or "the": "a dying patient", "the retired diver" use the -ing or
// -ed word as an adjective, not a verb.
func afterArticle(toks []tok, k int) bool {
	if k < 1 {
		return false
	}
	p := toks[k-1].lower
	return p == "a" || p == "an" || p == "the"
}

// asPortrayal reports whether the words between "as" at k and the name
// at s describe a portrayal: an indefinite article ("seen as a
// ferocious Lady Bracknell", "as a young Elvis": a proper name after
// "a" names a kind or a rendering of someone, never the person), or,
// in a paragraph about the stage or the screen, "the" and a word of
// description before a titled name ("as the dastardly Captain Ned
// Vane"). Not in match reports.
func asPortrayal(toks []tok, k, s int, titled bool) bool {
	if k+1 >= s || sportsParagraph(toks) {
		return false
	}
	switch toks[k+1].lower {
	case "a", "an":
		return true
	case "the":
		return titled && k+2 < s && stageParagraph(toks)
	}
	return false
}
