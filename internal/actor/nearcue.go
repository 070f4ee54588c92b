package actor

import (
	"strings"
	"unicode"
)

// nearEvidence weighs a few more signs in the words right around a name,
// for an organisation, a place and another kind of thing, that outweigh
// the tagger's guess of a person:
//
//   - a venue noun just before the name is the venue's: "the Vietnamese
//     restaurant Nam Long", "at members' club Soho Farmhouse", also with
//     the name in apposition ("his Mayfield restaurant, Ember,"), and a
//     description so headed after the name ("Ember, the Mayfield
//     restaurant,": venueDescribed);
//   - a price just before a name that qualifies a noun makes the name a
//     brand: "a £159 Melissa Odabash bikini";
//   - a firm's professionals "at" or "from" a name of two or more words
//     make it their firm: "analysts at Berwick Stanley", "administrators
//     from Grant Pennington";
//   - a trade that names a firm or one who works in it, after "of",
//     "at" or "from", is the firm's: "Ada Kell, of stockbroker Tarrow
//     Hale", "a row at stockbroker Tarrow Hale" (not "veteran
//     stockbroker Ivo Marsh");
//   - the name a speaker is "of" in an attribution is where they work or
//     live: "Ada Kell, of Tarrow Hale, said" (speakersEmployer);
//   - a name that opens its clause and is then said to move by a share of
//     its price is a listed company: "Yarrabee Gold was the best
//     performer, surging 12 per cent", also after an apposition in
//     commas, "Greyling, the maker of garden sheds, fell 8 per cent"
//     (appositionShareMove);
//   - a name of two words or more right after "his", "her", "its",
//     "their" or "whose" is a thing the owner has: "his Golden
//     Globe success", "their Cubic Expression vehicle";
//   - a name at one end of "from A to B" whose other end the tagger read
//     as a body is a body too: "his move from Brentford to Aston Villa";
//   - a name opening with a village prefix after "in", "at", "near" or
//     "from" is a place: "in Little Fenby", "near Great Missenden", "a
//     farmer from Much Hadley" (not "from Little Richard", a given name);
//   - a year between "a", "an" or a possessive determiner and a name
//     makes it a thing of that year, a make or a model: "a 1963 Aston
//     Martin", "his 2008 Bentley";
//   - a name of two words or more the tagger read as a person's, after a
//     capitalised "The" inside a sentence, is the title of a work: "the
//     script for The Lighthouse Keeper's Daughter" (bodies and places
//     so written, "The Beastie Boys", keep the tagger's reading).
func nearEvidence(d *paraDoc, m *mention) (org, place, other int) {
	toks := d.toks
	s, e := m.s, m.e
	if s > 0 && venueNouns[toks[s-1].lower] && !toks[s-1].cap && toks[s-1].word || venueApposed(toks, s, e) || venueDescribed(toks, e) {
		place += 3
	}
	if priceBefore(toks, s) && e < len(toks) && toks[e].word && !toks[e].cap {
		other += 3
	}
	if len(m.name) > 1 && s >= 2 && (toks[s-1].lower == "at" || toks[s-1].lower == "from") &&
		professionals[toks[s-2].lower] && !(e < len(toks) && isPossessive(&toks[e])) {
		org += 3
	}
	if brokerFirm(toks, m) {
		org += 3 // "said Ada Kell, of stockbroker Tarrow Hale"
	}
	if speakersEmployer(d, m) {
		// "Ada Kell, of Tarrow Hale, said", "Ada Kell, of retail
		// analysts Tarrow Hale, said": where a speaker works or lives.
		if m.typ == "LOC" {
			place += 3
		} else {
			org += 3
		}
	}
	if clauseOpening(toks, s) && (shareMoveAfter(toks, e) || appositionShareMove(toks, e)) {
		org += 3
	}
	if len(m.name) > 1 && s > 0 && toks[s-1].is(clsPossessiveDet) {
		// "his Golden Globe success", "their Cubic Expression vehicle":
		// no one writes "his Tom Ellery".
		switch m.typ {
		case "ORG":
			org += 3
		case "LOC":
			place += 3
		default:
			other += 3
		}
	}
	if vintage(toks, s) {
		other += 3 // "a 1963 Aston Martin", "his 2008 Bentley Continental": a make of car, a model
	}
	if m.typ == "LOC" && ownedThing(toks, m) {
		other += 3 // "driving his Bentley at 1am": no one owns a place
	}
	org += mediumEvidence(toks, m) // "announced on Twitter", "her Twitter feed" (medium.go)
	if fromToBody(d, m) {
		org += 3 // "his move from Brentford to Aston Villa"
	}
	if len(m.name) > 1 && s > 0 && (toks[s-1].is(clsPlacePreposition) || toks[s-1].lower == "from") && placePrefixes[m.name[0]] && !givenName(m.name[1]) {
		place += 3 // "in Little Fenby", "near Upper Slaughter", "a gardener from Little Heddon"
	}
	if s > 0 && toks[s-1].text == "The" && !toks[s-1].sentStart && len(m.name) > 1 && m.typ != "ORG" && m.typ != "LOC" {
		other += 3
	}
	return org, place, other
}

// venueApposed reports whether the name in tokens [s, e) names, in
// apposition, the venue a noun phrase just before it speaks of: "has
// closed his Mayfield restaurant, Ember, after eight months". The phrase
// opens with a determiner not after a preposition ("the owner of the
// restaurant, Ada Fenwick," and "at the bar, Ada Fenwick," name people
// there), and a comma or a full stop closes the name.
func venueApposed(toks []tok, s, e int) bool {
	if s < 3 || toks[s-1].text != "," || e >= len(toks) || toks[e].text != "," && toks[e].text != "." {
		return false
	}
	if v := toks[s-2]; !v.word || v.cap || !venueNouns[v.lower] {
		return false
	}
	for k := s - 3; k >= 0 && k >= s-5; k-- {
		t := &toks[k]
		if !t.word {
			return false
		}
		if t.is(clsAppositionOpener) {
			return k == 0 || !toks[k-1].word || !toks[k-1].is(clsPrepositionWord)
		}
		if !t.cap && (t.is(clsClauseWord) || t.is(clsAfterNounWord)) {
			return false // "… said the restaurant, Ember, …"
		}
	}
	return false
}

// prepositionWords are prepositions that put a noun phrase in a scene or
// under another noun: "the owner of the restaurant", "at the bar".
var prepositionWords = setOf(`of at in on from to for by near with outside inside behind into`)

// placePrefixes open English village and town names ("Little Fenby",
// "Great Missenden", "Market Harborough").
var placePrefixes = setOf(`Little Great Upper Lower Nether Much Market Long Kings Castle Chipping Bishops`)

// fromToBody reports whether m is one end of "from A to B" whose other
// end the tagger read as an organisation: a move between two bodies
// ("from Brentford to Aston Villa").
func fromToBody(d *paraDoc, m *mention) bool {
	toks := d.toks
	// Either way round the word before m is "to", or it is "from" and
	// the word after m is "to": most mentions need no look at the spans.
	if m.s < 1 {
		return false
	}
	if before := toks[m.s-1].lower; before != "to" && !(before == "from" && m.e < len(toks) && toks[m.e].lower == "to") {
		return false
	}
	for _, sp := range d.spans {
		if sp.typ != "ORG" {
			continue
		}
		// "from <ORG> to <m>" or "from <m> to <ORG>".
		if sp.s >= 1 && toks[sp.s-1].lower == "from" && sp.e+1 == m.s && toks[sp.e].lower == "to" ||
			m.s >= 1 && toks[m.s-1].lower == "from" && m.e+1 == sp.s && toks[m.e].lower == "to" {
			return true
		}
	}
	return false
}

// venueNouns name a place where people eat, drink, stay or meet; one
// right before a name in apposition names the venue.
// A plural names a chain, not a place ("Italian restaurants Strada and
// Pomodoro"), and is left to the list rules.
var venueNouns = setOf(`restaurant hotel pub bar nightclub cafe café bistro brasserie eatery
gastropub tavern inn diner nightspot hotspot boutique venue`)

// professionals are the plural staff of a firm of advisers, before "at"
// or "from" and the firm's name.
var professionals = setOf(`analysts administrators lawyers solicitors economists strategists brokers
accountants auditors bankers consultants advisers advisors researchers engineers staff employees
executives receivers liquidators`)

// priceBefore reports whether a sum of money ends right before token s:
// "£159", "$2.5m", "€40".
func priceBefore(toks []tok, s int) bool {
	if s == 0 || !toks[s-1].word {
		return false
	}
	w := toks[s-1].text
	if k := s - 2; k >= 0 && toks[k].end == toks[s-1].start && strings.ContainsAny(toks[k].text, "£$€") {
		w = toks[k].text + w
	}
	if !strings.ContainsAny(w, "£$€") {
		return false
	}
	return strings.IndexFunc(w, unicode.IsDigit) >= 0
}

// shareMoveAfter reports whether the clause after token e goes on, with
// no other name, to a comma and a share move: ", surging 12.4 per cent",
// ", down 3%".
func shareMoveAfter(toks []tok, e int) bool {
	for k := e; k < len(toks) && k < e+16; k++ {
		t := &toks[k]
		if t.sentStart || t.word && t.cap {
			return false
		}
		if t.text != "," {
			continue
		}
		if k+2 >= len(toks) || !(toks[k+1].lists()&inMarketVerbs != 0) || !strings.HasSuffix(toks[k+1].lower, "ing") {
			return false
		}
		n := strings.Replace(strings.TrimSuffix(toks[k+2].text, "%"), ".", "", 1)
		return isNumber(n) && (strings.HasSuffix(toks[k+2].text, "%") || k+3 < len(toks) && (toks[k+3].lower == "per" || toks[k+3].text == "%"))
	}
	return false
}

// appositionShareMove reports whether an apposition in commas after the
// name ending at token e, with no capitalised word, is followed by a
// share move by a figure: "Greyling, the maker of garden sheds, fell
// 8 per cent", "…, fell 12p". A person's price does not move.
func appositionShareMove(toks []tok, e int) bool {
	if e+3 >= len(toks) || toks[e].text != "," || toks[e+1].lower != "the" && toks[e+1].lower != "a" && toks[e+1].lower != "an" {
		return false
	}
	for k := e + 2; k+2 < len(toks) && k < e+16; k++ {
		t := &toks[k]
		if t.sentStart || t.word && t.cap && !isNationalityL(t.lower) {
			return false
		}
		if t.text != "," {
			continue
		}
		if !(toks[k+1].lists()&inMarketVerbs != 0) {
			return false
		}
		n := toks[k+2].text
		if toks[k+2].lower == "by" && k+3 < len(toks) {
			n = toks[k+3].text
		}
		return figure(n) && strings.IndexFunc(n, unicode.IsDigit) >= 0
	}
	return false
}

// markEstates makes a place of a name that is a title's seat: a house
// noun after the place of a title of the same story ("Wickenden Hall"
// beside "the Duchess of Wickenden"), which a tagger reads as a person
// called Hall.
func (st *story) markEstates() {
	seats := map[string]bool{}
	for _, m := range st.mentions {
		if m.ofTitle && len(m.name) >= 2 {
			seats[strings.ToLower(strings.Join(m.name[1:], " "))] = true // name is "of Wickenden"
		}
	}
	if len(seats) == 0 {
		return
	}
	for _, m := range st.mentions {
		n := len(m.name)
		if n >= 2 && m.hon == "" && estateHeads[m.name[n-1]] && seats[strings.ToLower(strings.Join(m.name[:n-1], " "))] {
			m.lev += 4
		}
	}
}

// estateHeads end the names of country houses.
var estateHeads = setOf(`Hall House Manor Park Court Lodge Grange Castle Abbey Priory Place Towers`)

// ownedThing reports whether m, a one-word name, is a thing someone owns:
// right after a possessive determiner, or after one and a year or
// another figure ("his 2008 Bentley"), it heads its noun phrase (a
// place qualifies a noun: "his London home") and no address goes on
// after a comma ("His Graceland, Tennessee, home").
func ownedThing(toks []tok, m *mention) bool {
	s, e := m.s, m.e
	if len(m.name) != 1 || m.hon != "" || s == 0 {
		return false
	}
	k := s - 1
	if isNumber(toks[k].text) && k > 0 {
		k--
	}
	if !toks[k].is(clsPossessiveDet) {
		return false
	}
	if e+1 < len(toks) && toks[e].text == "," && toks[e+1].cap {
		return false
	}
	if e >= len(toks) {
		return true
	}
	t := &toks[e]
	return !t.word || t.cap || t.is(clsClauseWord) || t.is(clsAfterNounWord)
}

// brokerTrades are trades a firm and its people share: "stockbroker"
// before a name is a person's job as often as a firm's kind.
var brokerTrades = setOf(`stockbroker broker`)

// brokerFirm reports whether m, opening with no given name, follows a
// broker trade after "of", "at" or "from": the firm someone works for
// or at ("Ada Kell, of stockbroker Tarrow Hale").
func brokerFirm(toks []tok, m *mention) bool {
	s := m.s
	if s < 2 || len(m.name) == 0 || givenName(m.name[0]) {
		return false
	}
	t := &toks[s-1]
	if !t.word || t.cap || !brokerTrades[t.lower] {
		return false
	}
	l := toks[s-2].lower
	return l == "of" || l == "at" || l == "from"
}

// speakersEmployer reports whether m names where a person just named
// works or comes from, in the attribution of news writing: "Ada Kell, of
// Tarrow Hale, said", "said Ada Kell, of retail analysts Tarrow Hale."
// — a capitalised word, a comma, "of", at most three lower-case words
// that open no clause (the body's trade), then the name, closed by a
// comma, a full stop or a verb of saying. A possessive after the name
// ("of Tom Ellery's office") leaves it a person, and the capitalised
// word must end a person's name ("at Holy Cross, Tarrowby, of Priya
// Dunstall" is a wedding's bride, after a place).
func speakersEmployer(d *paraDoc, m *mention) bool {
	toks := d.toks
	k := m.s - 1
	for n := 0; n < 3 && k >= 0 && toks[k].word && !toks[k].cap && toks[k].lower != "of"; n++ {
		if toks[k].is(clsClauseWord) || toks[k].is(clsAppositionOpener) {
			return false
		}
		k--
	}
	if k < 2 || toks[k].lower != "of" || toks[k-1].text != "," || !toks[k-2].cap || !toks[k-2].word || !d.persons[k-2] {
		return false
	}
	if m.e >= len(toks) {
		return true
	}
	switch t := toks[m.e]; t.lower {
	case ",", ".", "said", "says", "told", "added":
		return true
	}
	return false
}

// vintage reports whether a year (four digits from 1800 to 2099) stands
// before token s after "a", "an" or a possessive determiner: "a 1963
// Aston Martin", "her 2008 Bentley". No one writes "a 1963 Ada Kell".
func vintage(toks []tok, s int) bool {
	if s < 2 {
		return false
	}
	y := toks[s-1].text
	if len(y) != 4 || !isNumber(y) || y < "1800" || y > "2099" {
		return false
	}
	d := toks[s-2].lower
	return d == "a" || d == "an" || possessiveDeterminers[d] || d == "my" || d == "our" || d == "your"
}
