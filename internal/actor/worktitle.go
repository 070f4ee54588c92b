package actor

import (
	"slices"

	"github.com/storyline/storyline/internal/nlp"
)

// Titles of films and books are often written in quotes or with the
// trade of the people who made them: "the 'Harbour Lights' star", "who
// directed The Glass Orchard", "the sequel, Harbour Lights". A tagger
// reads them as bodies or people. A name written alone in quotes and
// next to a film's trade or a maker's verb, an apposition after a work
// noun, a maker's verb before a name with no given name, and a trade
// noun of film after a name of ordinary words ("the Glass Orchard
// star"; not "the Chelsea star") make the title of a work, kind other.

// filmTrades after a name make it a work its people made or star in.
var filmTrades = setOf(`star stars actress actor filmmaker film-maker director co-star screenwriter
helmer sequel prequel franchise trilogy instalment installment adaptation`)

// makerVerbs before a name make it a work: "who directed The Glass
// Orchard" (but "directed by" names the maker; "wrote" reports what
// someone wrote as often).
var makerVerbs = setOf(`directed co-directed directing direct helmed helm helming produced adapted`)

// titleEvidence weighs the context of m for the title of a work: see
// above.
func (st *story) titleEvidence(d *paraDoc, m *mention) int {
	toks := d.toks
	s := m.s
	if s > 0 && toks[s-1].lower == "the" {
		s-- // "'The Glass Orchard'"
	}
	before, after := "", ""
	if s > 0 {
		before = toks[s-1].lower
	}
	if m.e < len(toks) {
		after = toks[m.e].lower
	}
	closing := m.e
	if closing+1 < len(toks) && (toks[closing].text == "," || toks[closing].text == ".") {
		closing++ // American style: "directed "The Glass Orchard," …"
	}
	quoted := s > 0 && openQuote(toks[s-1].text) && closing < len(toks) && closeQuote(toks[closing].text)
	if quoted {
		if s > 1 {
			before = toks[s-2].lower
		}
		after = ""
		if closing+1 < len(toks) {
			after = toks[closing+1].lower
		}
	}
	given := m.typ == "PER" && givenName(m.name[0])
	switch {
	case quoted && !given && (filmTrades[after] || makerVerbs[before] || workNouns[before]):
		return 3 // "the 'Harbour Lights' star", "directed 'Harbour Lights'"
	case quoted && before == "in" && s > 2 && performanceNouns[toks[s-3].lower]:
		return 3 // "starred in \"Ada Kell\" and …": a title in quotes, whatever its words
	case before == "," && s > 1 && !toks[s-2].cap && toks[s-2].is(clsWorkNoun) && !given && (m.e >= len(toks) || !toks[m.e].word && !isPossessive(&toks[m.e])):
		return 3 // "the sequel, Harbour Lights."; not "the series, the Gazette said", "top film, Ada Kell's comedy"
	case before == "," && s > 2 && apposedWorkNoun(toks, s-2) && (!given && (m.e >= len(toks) || !toks[m.e].word && !isPossessive(&toks[m.e])) || titleGoesOn(toks, m.e)):
		return 3 // "his last feature, Winter Orchard,", "her new adventure, Captain Crumble and the Moon"
	case makerVerbs[before] && !given && m.typ != "PER" && !(m.e < len(toks) && isPossessive(&toks[m.e])):
		return 3 // "who directed The Glass Orchard", not "produced the Ravens' second album"
	case !given && m.hon == "" && chartedWith(toks, recordTitleStart(toks, s)-1):
		return 3 // "had her first hit in 1967 with Come Home Johnny", "went to No 1 in the album chart with Paper Moons"
	case filmTrades[after] && st.ordinaryName(m.name):
		return 4 // "the Glass Orchard star": more than the body a role is held in (qualifiesRole)
	case !quoted && s == m.s && s > 1 && recordNouns[before] && !toks[s-1].cap && recordPhrase(toks, s-1) && !given && st.plainTitle(m.name):
		return 4 // "their recent single Paper Moons", "the band's hit Lanterns"
	}
	return 0
}

// ordinaryName reports whether every word of a name is an ordinary word
// of the story or the lexicon, or a nationality ("American Pie").
func (st *story) ordinaryName(name []string) bool {
	for _, w := range name {
		if !isNationality(w) && !st.ordinaryWord(lowerKey(w)) {
			return false
		}
	}
	return len(name) > 0
}

// apposedKindNouns name a kind of work only when a possessive or a
// determiner and maybe a modifier open their phrase before the title in
// apposition: "whose last feature, Winter Orchard,", "his new
// adventure, Captain Crumble and …", "her debut single, Paper Moons,".
var apposedKindNouns = setOf(`feature adventure single debut collection anthology`)

// apposedWorkNoun reports whether the lower-case noun at k heads a noun
// phrase naming a work, set off by the comma after it, before a title:
// a work noun ("his new picture book,"), or a kind of work after a
// possessive or a determiner with at most two modifiers between ("whose
// last feature,").
func apposedWorkNoun(toks []tok, k int) bool {
	t := &toks[k]
	if !t.word || t.cap {
		return false
	}
	if t.is(clsWorkNoun) {
		return true
	}
	if !apposedKindNouns[t.lower] {
		return false
	}
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		p := &toks[i]
		switch {
		case isPossessive(p), p.word && (p.is(clsPossessiveDet) || p.lower == "the" || p.lower == "a" || p.lower == "an"):
			return true
		case !p.word || p.cap:
			return false
		}
	}
	return false
}

// titleGoesOn reports whether the title a name opens runs on past the
// name's end at e with capitalised words: "and" and maybe "the" before
// a capitalised word ("Captain Crumble and the Custard Comet"), or a
// possessive before one ("Grandad Otto's Enormous Shed"). A person's
// name ends before a lower-case word: "Ada Kell's comedy".
func titleGoesOn(toks []tok, e int) bool {
	k := e
	switch {
	case k+1 < len(toks) && isPossessive(&toks[k]):
		k++
	case k+1 < len(toks) && toks[k].lower == "and":
		k++
		if k+1 < len(toks) && toks[k].lower == "the" {
			k++
		}
	default:
		return false
	}
	t := &toks[k]
	return t.word && t.cap && !isPossessive(t)
}

// recordTitleStart returns where a title that the tagger read from token s
// begins: up to three capitalised words before s that are no given
// names nor titles (the title's opening words, left out: "Come" in "with
// Come Back Harry") go with it.
func recordTitleStart(toks []tok, s int) int {
	k := s
	for k > 0 && k > s-3 && toks[k-1].word && toks[k-1].cap && !toks[k-1].sentStart && !givenName(toks[k-1].text) && !toks[k-1].honorific() {
		k--
	}
	return k
}

// chartNouns name a record's success: "her first hit", "the album
// chart".
var chartNouns = setOf(`hit hits chart charts`)

// chartedWith reports whether "with" at token k follows, within six
// words of its clause, a noun of a record's success: what one has a hit
// or goes up the chart with is a record ("had her first hit in 1967
// with …", "straight to No 1 in the album chart with …"). A partner's
// given name is left to the caller ("a hit with Ada Kell").
func chartedWith(toks []tok, k int) bool {
	if k < 1 || toks[k].lower != "with" {
		return false
	}
	for i := k - 1; i >= 0 && i >= k-6; i-- {
		t := &toks[i]
		if !t.word && t.text != "-" || t.sentStart && !chartNouns[t.lower] {
			return false
		}
		if !t.cap && chartNouns[t.lower] {
			return true
		}
	}
	return false
}

// insideWorkTitle reports whether the name starting at token s ends the
// title of a work the tagger cut short: one to four capitalised words
// inside the sentence, at least one of them a word titles capitalise and
// prose does not ("About", "To", "Goes"), between a work noun and the
// name ("the album Songs About Jane", "her novel Letters To Mary").
func insideWorkTitle(toks []tok, s int) bool {
	inner := false
	for k := s - 1; k >= 0 && k >= s-5; k-- {
		t := &toks[k]
		if !t.word {
			return false
		}
		if !t.cap {
			return inner && k < s-1 && (t.is(clsWorkNoun) || t.is(clsTitleNoun) && titlePhrase(toks, k))
		}
		if t.sentStart {
			return false
		}
		if titleFunctionWords[t.text] || titleInnerWords[t.text] {
			inner = true
		}
	}
	return false
}

// titleInnerWords, capitalised inside a sentence, mark a title beside
// titleFunctionWords: more prepositions and verbs titles are made of
// ("Songs About Jane", "Ada Goes North").
var titleInnerWords = setOf(`About Over Under After Before Without Goes Meets Loves Comes`)

// recordNouns name a record right before its title: "her new single
// Broken Glass", "the band's hit Lanterns", "his track Glass Shop". They
// are as often words of another sense ("a single Tarrow voter", "the
// storm hit Corran"), so recordPhrase and a title of ordinary words are
// asked for too.
var recordNouns = setOf(`single track hit`)

// recordModifiers stand between a determiner and a record's noun: "their
// recent single", "the comeback single", "her first hit".
var recordModifiers = setOf(`new latest recent current debut comeback first second third last biggest
former classic forthcoming next previous lead title smash massive best-known best-selling
chart-topping number-one`)

// recordPhrase reports whether the recordNouns word at token k is the
// head of a noun phrase naming a record: a possessive, an article or a
// possessive determiner right before it, or one of recordModifiers after
// one ("their recent single", "the Ravens' comeback single").
func recordPhrase(toks []tok, k int) bool {
	opens := func(i int) bool {
		t := &toks[i]
		return isPossessive(t) || t.word && !t.cap && (t.lower == "the" || t.lower == "a" || t.lower == "an" || t.is(clsPossessiveDet)) ||
			t.word && t.cap && (t.lower == "the" || t.is(clsPossessiveDet)) && t.sentStart
	}
	if k == 0 {
		return false
	}
	if opens(k - 1) {
		return true
	}
	p := &toks[k-1]
	return k > 1 && p.word && !p.cap && recordModifiers[p.lower] && opens(k-2)
}

// plainTitle reports whether every word of a name is an ordinary word
// (ordinaryName), one the lexicon writes both ways that it knows as no
// person's ("Paper Moons"), or one too rare for it to know in any case
// that is no given name and no name it knows ("Vertigo"): a record's
// title rather than a person who opens a relative clause ("the single
// Kell released").
func (st *story) plainTitle(name []string) bool {
	for _, w := range name {
		l := lowerKey(w)
		if isNationality(w) || st.ordinaryWord(l) {
			continue
		}
		switch wordCasing(l) {
		case nlp.CasingUnknown:
			if givenName(w) || len(knownTypes(w)) > 0 {
				return false
			}
		case nlp.CasingMixed:
			if givenName(w) || slices.Contains(knownTypes(w), "PER") {
				return false
			}
		default:
			return false
		}
	}
	return len(name) > 0
}
