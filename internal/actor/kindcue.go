package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// usageEvidence weighs more of how a name is used, for an organisation, a
// place and another kind of thing (a disease), where the tagger's reading
// of a word it does not know is a guess:
//
//   - a list a class introduces shares the class's kind: "streaming
//     services such as Netflix and Hulu", "countries including Peru";
//   - a name before the kind of work a broadcaster or publisher makes, or
//     its subscribers, is the maker: "a Netflix documentary", "Podflix
//     subscribers";
//   - a capitalised plural that takes a plural verb is a body of people:
//     "the Tories say", "Wasps are";
//   - a name that causes an outbreak or is caught is a disease: "the
//     Covid pandemic", "dying from Covid", "Ebola symptoms".
func usageEvidence(d *paraDoc, m *mention) (org, place, other int) {
	toks := d.toks
	possessor := m.e < len(toks) && isPossessive(&toks[m.e]) // "firms including Russia's MTS"
	switch class, direct := listClass(toks, m.s, m.e, possessor); class {
	case Org:
		// More than a neighbour the tagger misread; but a country right
		// after "teams" is still the country ("Six Nations teams France
		// and Wales").
		if !direct || len(m.name) > 1 || !knownOnlyAs(m.name[0], "LOC") {
			org += 3
		}
	case Place:
		place += 3
	}
	next := func(k int) string {
		if k < len(toks) {
			return toks[k].lower
		}
		return ""
	}
	e := m.e
	if m.typ != "PER" && madeBy(toks, e) {
		org += 2
	}
	if groupPlural(toks, m) {
		org += 2
	}
	if (m.typ == "PER" || m.typ == "LOC" && len(m.name) == 1 && len(knownTypes(m.name[0])) == 0) && teamVerb(toks, m) {
		org += 3 // "Chelsea have yet to respond", "U2 have smashed records": a team, a band or a firm
	}
	if matchOpponent(toks, m) || teamAgainstTeam(d, m) {
		org += 3 // "a 3-0 win against West Brom": a team
	}
	if regionOf(m.name) {
		place += 3
	}
	switch {
	case len(m.name) == 1 && isAllCaps(m.name[0]) && offenceNouns[next(e)]:
		other += 3 // "the DUI charge", "prior DWI convictions": an offence
	case initialsPlace(toks, m) || theInitials(toks, m):
		org += 2
	}
	if len(m.name) == 1 && (diseaseNouns[next(e)] || next(e) == "-" && diseaseNouns[next(e+1)] || caughtBefore(toks, m.s)) {
		other += 3 // more than the tagger's guess at a word it does not know
	}
	return org, place, other
}

// listClass returns the kind of the class that introduces the list the
// name starting at token s stands in ("firms such as X, Y and Z",
// "countries like X", "rivals including X", "rivals X and Y"), or "" when
// there is none; direct says the class stands right before the list.
func listClass(toks []tok, s, e int, possessor bool) (kind string, direct bool) {
	if possessor {
		return "", false
	}
	k := s - 1
	// Back over earlier items of the list: capitalised words and joiners.
	joined := e < len(toks) && (toks[e].text == "," || toks[e].lower == "and" || toks[e].lower == "or")
	titled := false
	for n := 0; k >= 0 && n < 12; n++ {
		t := &toks[k]
		if t.word && t.cap && !t.sentStart {
			titled = titled || t.text == "The"
			k--
			continue
		}
		if t.text == "," || t.lower == "and" || t.lower == "or" || t.text == "&" {
			joined = true
			k--
			continue
		}
		break
	}
	if k < 1 {
		return "", false
	}
	head := k - 1
	switch toks[k].lower {
	case "as":
		if toks[k-1].lower != "such" {
			return "", false
		}
		head = k - 2
	case "like", "including":
	default:
		// The class right before a list of two or more names, none a
		// title: "private equity groups Platinum Equity, Warburg Pincus
		// and Towerbrook", not "Catholic organisations, Dolphy D'Souza,"
		// or "competitors The Aviator and Finding Neverland".
		if !joined || titled || !toks[k+1].word || !toks[k+1].cap || !toks[k].word || !orgClasses[toks[k].lower] && !placeClasses[toks[k].lower] {
			return "", false
		}
		head, direct = k, true
	}
	if head < 0 || !toks[head].word || toks[head].cap && !toks[head].sentStart {
		return "", false
	}
	l := toks[head].lower
	switch {
	case orgClasses[l] || head < k && businessNounPlural(l):
		return Org, direct
	case placeClasses[l]:
		return Place, direct
	}
	return "", false
}

// orgClasses are plural nouns naming kinds of bodies, which introduce
// lists of them ("broadcasters such as").
var orgClasses = setOf(`services platforms streamers broadcasters channels networks sites websites
apps giants rivals competitors providers operators makers manufacturers lenders insurers airlines
carriers publishers labels studios charities organisations organizations bodies unions clubs
teams parties newspapers papers magazines outlets retailers supermarkets chains brands grocers
banks firms companies businesses groups developers restaurants pubs bars cafes hotels shops
stores bistros`)

// placeClasses are plural nouns naming kinds of places ("countries such
// as").
var placeClasses = setOf(`countries nations cities towns villages states regions destinations
resorts capitals economies provinces islands counties`)

// makerNouns after a name make it the body that makes or sells what they
// name: "a Netflix documentary", "Amazon subscribers".
var makerNouns = setOf(`documentary documentaries subscribers subscription subscriptions
streaming boxset`)

// madeBy reports whether the words from token e on name something a body
// makes or sells, made by the name ending there: a maker noun, maybe
// after one capitalised word ("a Netflix documentary", "the Amazon Prime
// documentary", "Netflix Documentary"; not "series", which follows titles
// as often: "the Carry On series"), or a title after a possessive
// ("Netflix's The Crown").
func madeBy(toks []tok, e int) bool {
	if e >= len(toks) || !toks[e].word && !isPossessive(&toks[e]) {
		return false
	}
	if isPossessive(&toks[e]) {
		return e+2 < len(toks) && toks[e+1].text == "The" && toks[e+2].word && toks[e+2].cap
	}
	if makerNouns[toks[e].lower] {
		return true
	}
	return e+1 < len(toks) && toks[e].cap && toks[e+1].word && makerNouns[toks[e+1].lower]
}

// groupPlural reports whether a one-word name is a plural that names a
// body of people: it takes a plural verb ("Wasps are", "the Tories
// say"), or it follows "the" and the tagger read it as a place (after
// "the", "the Olympics" and "the Oscars", read as other things, are
// events). The singular must be a word the model's lexicon knows and
// knows as no place or person: not "the Maldives", "Wales are" (the
// team of a place), "the Simpsons", and no nationality ("Britons").
func groupPlural(toks []tok, m *mention) bool {
	if len(m.name) != 1 || m.typ == "PER" {
		return false
	}
	w := m.name[0]
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	// The subject of the verb, not "the fight against Aids are".
	verb := m.e < len(toks) && pluralVerbs[toks[m.e].lower] && subjectStart(toks, m.s)
	one := w[:len(w)-1]
	if strings.HasSuffix(w, "ies") {
		one = w[:len(w)-3] + "y" // Tories → Tory
	}
	the := (m.typ == "LOC" || m.typ == "MISC" && memberNoun(one)) && (m.the || m.s > 0 && toks[m.s-1].lower == "the")
	if !verb && !the {
		return false
	}
	if isNationality(w) || isNationality(one) || wordCasing(one) == nlp.CasingUnknown || givenName(one) {
		return false
	}
	known := knownTypes(one)
	return !slices.Contains(known, "LOC") && !slices.Contains(known, "PER") && !slices.Contains(knownTypes(w), "LOC")
}

// memberNoun reports whether a capitalised singular is shaped like the
// name of a member of a party or movement ("Liberal", "Progressive",
// "Democrat", "Republican", "Socialist"), so that its plural after "the"
// names the party, not an event ("the Olympics", "the Oscars").
func memberNoun(w string) bool {
	for _, suf := range [...]string{"al", "ive", "at", "an", "ist"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// teamVerb reports whether a name not ending in "s", opening its
// clause, takes a plural verb ("Chelsea have", "The Bravery are",
// "Chelsea were"), as British English writes of teams, bands and firms
// and never of one person. A name shaped like a person's ("Mike Skinner
// have", a slip) does not count, nor a name after "and", "of" or a
// possessive ("Smith and Jones are", "the reaches of the Yangtze are").
func teamVerb(toks []tok, m *mention) bool {
	if m.e >= len(toks) || len(m.name) == 0 || strings.HasSuffix(m.name[len(m.name)-1], "s") {
		return false
	}
	switch toks[m.e].lower {
	case "have", "are", "were":
	default:
		return false
	}
	if m.e+1 < len(toks) && toks[m.e+1].lower == "you" {
		return false // "Chelsea, are you …"
	}
	if !clauseOpening(toks, m.s) {
		return false
	}
	return len(m.name) == 1 || !givenName(m.name[0])
}

// clauseOpening reports whether a name starting at token s, maybe after
// "the", opens a sentence or a clause: after a comma, a colon, a quote or
// a conjunction of clauses ("but", "while", "that").
func clauseOpening(toks []tok, s int) bool {
	k := s - 1
	if k >= 0 && toks[k].lower == "the" {
		if toks[k].sentStart {
			return true
		}
		k--
	}
	if k < 0 || toks[k+1].sentStart {
		return true
	}
	switch t := toks[k]; {
	case !t.word:
		return t.text == "," || t.text == ":" || t.text == ";" || t.text == "\"" || t.text == "“"
	default:
		return clauseJoiners[t.lower]
	}
}

// clauseJoiners open a clause whose subject follows.
var clauseJoiners = setOf(`but while that because when so since after before until where
although though whereas`)

// subjectStart reports whether the word before token s lets a name
// there open a clause: none, punctuation, a capitalised word, or a word of
// subjectOpeners.
func subjectStart(toks []tok, s int) bool {
	if s == 0 || toks[s].sentStart {
		return true
	}
	t := &toks[s-1]
	return !t.word || t.cap || subjectOpeners[t.lower]
}

// subjectOpeners may stand before the subject of a clause.
var subjectOpeners = setOf(`the and but while that as because when if where so though although`)

// regionOf reports whether a name is a compass point or a geographic
// feature before a place the model knows or a name: "Western Australia",
// "South of France", "River Thames", "Lake Geneva". A body's head noun at
// the end ("West Midlands Police") or a known body ("South West Trains")
// keeps it a body.
func regionOf(name []string) bool {
	if len(name) < 2 || headBits(name[len(name)-1])&orgHead != 0 {
		return false
	}
	first := strings.ToLower(name[0])
	rest := name[1:]
	if len(rest) > 1 && (rest[0] == "of" || rest[0] == "the") {
		rest = rest[1:]
	}
	switch {
	case compassWords[first]:
		return len(rest) == 1 && slices.Contains(knownTypes(rest[0]), "LOC") && !slices.Contains(knownTypes(rest[0]), "ORG")
	case featureWords[first]:
		return len(name) == 2 && nameLike(name[1]) && !slices.Contains(knownTypes(name[1]), "ORG")
	}
	return false
}

// initialsPlace reports whether the tagger read as a place or a body a
// word of three or more capitals that the model knows as no place, in
// running text: initials name bodies far more often than places, whatever
// "at" says ("enrolled at RADA"), while "UK" and "USA" are known.
func initialsPlace(toks []tok, m *mention) bool {
	if m.typ != "LOC" && m.typ != "ORG" || len(m.name) != 1 || len(m.name[0]) < 3 || !isAllCaps(m.name[0]) {
		return false
	}
	// In running text after a lower-case word, not a dateline
	// ("KINSHASA 1996-08-30") or a shouted line.
	if m.s == 0 || !toks[m.s-1].word || toks[m.s-1].cap {
		return false
	}
	if m.e < len(toks) && toks[m.e].word && isAllCaps(toks[m.e].text) {
		return false
	}
	return len(knownTypes(m.name[0])) == 0
}

// theInitials reports whether m, initials of three capitals or more the
// tagger read as a miscellaneous thing and the gazetteer does not know,
// heads a noun phrase after "the": a body ("doctors in the NHS", "its
// record on the NHS"), as initials for a common noun are written without
// "the" ("GDP", "a DVD"); letters with figures name a model ("the DB9").
func theInitials(toks []tok, m *mention) bool {
	if m.typ != "MISC" || len(m.name) != 1 || len(m.name[0]) < 3 || !isAllCaps(m.name[0]) || strings.ContainsAny(m.name[0], "0123456789") || m.s == 0 || toks[m.s-1].lower != "the" {
		return false
	}
	return endsPhrase(toks, m.e) && len(knownTypes(m.name[0])) == 0 // not "the DUI charge"
}

// compassWords open the names of regions of a place: "Western Australia".
var compassWords = setOf(`north south east west northern southern eastern western central
north-east north-west south-east south-west upper lower greater`)

// featureWords open the names of rivers, lakes and mountains: "River
// Thames", "Loch Ness".
var featureWords = setOf(`river lake loch mount mt`)

// knownOnlyAs reports whether the model's gazetteer knows word as a name
// of type typ and of no other type.
func knownOnlyAs(word, typ string) bool {
	known := knownTypes(word)
	return len(known) == 1 && known[0] == typ
}

// pluralVerbs after a one-word name ending in "s" say it names several
// people: "the Tories say".
var pluralVerbs = setOf(`are were have say believe want insist claim argue think`)

// offenceNouns after initials make them an offence's: "the DUI charge".
var offenceNouns = setOf(`charge charges conviction convictions arrest arrests offence offences offense
offenses allegation allegations`)

// diseaseNouns after a name make it a disease: "the Covid pandemic".
var diseaseNouns = setOf(`pandemic epidemic outbreak symptoms infections infection testing`)

// caughtBefore reports whether the words before token s say that what
// follows is caught or died of: "dying from", "infected with", "tested
// positive for".
func caughtBefore(toks []tok, s int) bool {
	if s < 2 {
		return false
	}
	p, pp := toks[s-1].lower, toks[s-2].lower
	switch p {
	case "from", "of":
		return pp == "dying" || pp == "died" || pp == "die" || pp == "dies" || pp == "recovered" || pp == "recovering"
	case "with":
		return pp == "infected" || pp == "diagnosed" || pp == "ill"
	case "for":
		return pp == "positive" || pp == "negative"
	}
	return false
}

// noteNumbered records the stem of a capitalised word written with a
// number after a hyphen ("Covid-19", "MiG-29"): such names number
// things, diseases, products and events, not bodies or places, and the
// stem alone in the same story names the same thing. l is the word in
// lower case.
func (st *story) noteNumbered(l string) {
	i := strings.LastIndexByte(l, '-')
	if i <= 0 || i == len(l)-1 {
		return
	}
	for _, r := range l[i+1:] {
		if r < '0' || r > '9' {
			return
		}
	}
	if stem := l[:i]; !slices.Contains(st.numbered, stem) {
		st.numbered = append(st.numbered, strings.Clone(stem))
	}
}

// numberedStem reports whether the story writes a one-word name with a
// number after it ("Covid" beside "Covid-19").
func (st *story) numberedStem(m *mention) bool {
	return len(st.numbered) > 0 && len(m.name) == 1 && slices.Contains(st.numbered, strings.ToLower(m.name[0]))
}
