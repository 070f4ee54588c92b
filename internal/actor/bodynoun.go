package actor

import (
	"slices"
	"strings"
)

// Bands and firms are named after people, or with names shaped like a
// person's: "the indie band Ada Kell", "the folk trio Corran Hill", "the
// law firm Tarrow Marsh". A name right after a noun that only a body of
// people is, in a noun phrase opened by an article, a possessive
// determiner or the sentence ("Pop duo Ada Kell –"), is that body's
// name at every mention in the story ("a spokesman for Ada Kell"), not
// a person's. A noun that names a person's trade as often ("broker",
// "developer") is left to kindEvidence, as is a name that the noun's
// phrase has as the subject of a relative clause ("the band Ada Kell
// formed in 1990") or that opens a list of members ("the trio Ada Kell,
// Bo Marsh and Cy Pike").

// bandNouns name a group of musicians or performers.
var bandNouns = setOf(`band duo trio quartet quintet sextet septet octet choir orchestra ensemble
boyband girlband supergroup`)

// firmOnlyNouns name a business, never a person's trade.
var firmOnlyNouns = setOf(`firm company consultancy agency chain label insurer lender carmaker
housebuilder bookmaker bookmakers retailer supermarket airline automaker drugmaker chipmaker
conglomerate manufacturer giant group distributor supplier wholesaler exporter importer`)

// founderVerbs after a name make it the subject of a relative clause of
// the noun before it: "the band Ada Kell formed", "the firm Ada Kell
// runs".
var founderVerbs = setOf(`founded co-founded formed started set built runs ran run created launched
joined left leads led fronts fronted manages managed owns owned established works worked chairs
chaired heads headed bought sold took joins leaves started`)

// bodyNounBefore reports whether the mention starting at token s and
// ending at e is named right after a body noun (bandNouns, firmOnlyNouns
// or an N-piece: "five-piece"): directly, in a noun phrase opened by an
// article, a possessive determiner or the sentence within three words
// before the noun ("the Yorkshire five-piece Ada Kell", "Pop duo Ada
// Kell"), or for a firm noun by a preposition ("according to bookmaker
// Velbet", "by consultancy group Velco"); or, for a firm noun after "a" or "an", in apposition closed by
// a comma before a lower-case word ("a lobbying firm, Tarrow Marsh,
// which").
func bodyNounBefore(toks []tok, s, e int) bool {
	if s < 1 || e > len(toks) {
		return false
	}
	k := s - 1
	comma := toks[k].text == ","
	if comma {
		k--
		if k < 1 || e+1 >= len(toks) || toks[e].text != "," || !toks[e+1].word || toks[e+1].cap {
			return false
		}
	}
	n := &toks[k]
	if !n.word || n.cap && !n.sentStart {
		return false
	}
	band := bandNouns[n.lower] || pieceNoun(n.lower)
	if !band && !firmOnlyNouns[n.lower] || comma && band {
		return false
	}
	if e < len(toks) {
		switch t := toks[e]; {
		case t.word && founderVerbs[t.lower]:
			return false // "the band Ada Kell formed"
		case band && !comma && namesListed(toks, e):
			return false // "the trio Ada Kell, Bo Marsh and Cy Pike"
		}
	}
	if n.sentStart {
		return !comma
	}
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		t := &toks[i]
		switch {
		case t.lower == "a" || t.lower == "an":
			return true
		case comma:
			if !t.word || t.cap || t.is(clsClauseWord) || t.is(clsLinkWord) || t.lower == "the" || t.is(clsPossessiveDet) {
				return false // "a spokesman for the firm, Ada Kell, said": the spokesman
			}
		case t.lower == "the" || t.is(clsPossessiveDet):
			return true
		case !comma && !band && t.word && !t.cap && t.is(clsPrepositionWord):
			return true // "carried out by consultancy group Velco"
		case t.sentStart:
			return t.cap // "Pop duo", "Yorkshire trio"
		case !t.word || t.is(clsClauseWord) || t.cap && i < k-2:
			return false
		}
	}
	return false
}

// namesListed reports whether the words from token e on continue a list
// of names closed by "and": ", Bo Marsh and Cy Pike", "and Bo Marsh".
func namesListed(toks []tok, e int) bool {
	and := false
	for i := e; i < len(toks); {
		if t := toks[i]; t.text != "," && t.lower != "and" {
			break
		}
		and = and || toks[i].lower == "and"
		i++
		n := i
		for i < len(toks) && toks[i].word && toks[i].cap {
			i++
		}
		if i == n {
			return false
		}
		if and {
			return true
		}
	}
	return false
}

// pieceNoun reports whether l counts a band's players: "five-piece",
// "four-piece".
func pieceNoun(l string) bool {
	return strings.HasSuffix(l, "-piece") && numberWords[strings.TrimSuffix(l, "-piece")]
}

// numberWords are the counts a band's "-piece" takes.
var numberWords = setOf(`two three four five six seven eight nine ten eleven twelve 2 3 4 5 6 7 8 9 10 11 12`)

// memberNouns name a band member's place in it: before a person's name
// they make the name before them the band ("Corran Hill frontman Bo
// Pike", "Glass Harbour lead singer Ada Kell"), which a person never is.
var memberNouns = setOf(`frontman frontwoman guitarist drummer bassist keyboardist vocalist singer
lead-singer`)

// memberNounAfter reports whether the mention from token s to e, inside
// its sentence, is followed by a member noun (maybe after "lead") and a
// capitalised name: "Corran Hill frontman Bo Pike said". A possessive or
// a lower-case word before the name is allowed to stand ("the Ada Kell
// singer" is the band's too), not a comma: "Ada Kell, singer, …" is an
// apposition of her own.
func memberNounAfter(toks []tok, s, e int) bool {
	if s < 0 || e+1 >= len(toks) || toks[s].sentStart && s+1 == e {
		return false // a lone word opening the sentence is as often a place's name
	}
	k := e
	if toks[k].lower == "lead" && toks[k].word && !toks[k].cap {
		k++
	}
	if k+1 >= len(toks) || !toks[k].word || toks[k].cap || !memberNouns[toks[k].lower] {
		return false
	}
	n := &toks[k+1]
	return n.word && n.cap && !n.sentStart && !n.is(clsClauseWord)
}

// markBodyNamed reads every mention of a name the story once writes
// right after a body noun (bodyNounBefore) or right before a band
// member's noun (memberNounAfter) as an organisation's, unless
// the name has a title or the story gives it a person's role elsewhere
// (the body noun's own phrase may have been read as a role: "law firm").
func (st *story) markBodyNamed() {
	var bodies []string
	var cued []*mention
	for _, m := range st.mentions {
		if m.kind != Person || m.hon != "" || m.ofTitle || m.the || len(m.name) == 0 {
			continue
		}
		d := st.doc(m.para)
		if d == nil || !bodyNounBefore(d.toks, m.s, m.e) && !memberNounAfter(d.toks, m.s, m.e) {
			continue
		}
		bodies = append(bodies, m.nameKey())
		cued = append(cued, m)
	}
	if len(bodies) == 0 {
		return
	}
	for _, m := range st.mentions {
		if m.kind == Person && (m.hon != "" || len(m.roles) > 0 && !slices.Contains(cued, m)) {
			// "the band Ada Kell", then "Dr Ada Kell": a person too
			bodies = slices.DeleteFunc(bodies, func(k string) bool { return k == m.nameKey() })
		}
	}
	for _, m := range st.mentions {
		if m.kind == Person && slices.Contains(bodies, m.nameKey()) {
			m.kind, m.typ, m.pev, m.weakPev, m.roles = Org, "ORG", 0, 0, nil
			m.oev += 3
		}
	}
}
