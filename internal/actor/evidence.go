package actor

import (
	"slices"
	"strings"
	"unicode"
)

// isKinship is kinship[l], quicker for the many words that are not.
func isKinship(l string) bool { return kinshipLen.mayHave(l) && kinship[l] }

var kinshipLen = lenFilterOf(kinship)

// holdingNouns before "in" say what is held in a body: "shares in X", "a
// stake in X" ("investment in Iran" is as often in a country).
var holdingNouns = setOf(`stake stakes share shares holding holdings shareholding shareholder shareholders`)

// nextClause words after a comma open another clause, whose "its" may
// speak of another subject: "…, then cruised to its win".
var nextClause = setOf(`then and but while before after so yet`)

// ageWords are the numbers a child's or a person's age is spelt with.
var ageWords = setOf(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety`)

// ageWord reports whether w, a lower-cased token, is an age spelt out:
// "eight", "twenty-one".
func ageWord(w string) bool {
	if a, b, ok := strings.Cut(w, "-"); ok {
		return ageWords[a] && ageWords[b]
	}
	return ageWords[w]
}

// figure reports whether w, a lower-cased token, is an amount: digits or
// a currency sign ("120p", "£3", "$2bn").
func figure(w string) bool { return strings.ContainsAny(w, "0123456789£$€¥") }

// kinship nouns introduce a person: "his ex-wife Fergie", "their son,
// Deveraux".
var kinship = setOf(`wife husband son daughter father mother dad mum brother sister uncle aunt
cousin nephew niece grandson granddaughter grandfather grandmother grandad granny
boyfriend girlfriend fiance fiancee fiancé fiancée widow widower stepson stepdaughter
partner
stepfather stepmother twin sibling child ex-wife ex-husband ex-partner ex-girlfriend
ex-boyfriend ex-fiance ex-fiancee friend pal lover spouse bride groom heir daughters sons sweetheart
brothers sisters parents great-grandson great-granddaughter great-grandfather great-grandmother
great-grandchild great-aunt great-uncle great-nephew great-niece`)

// businessNouns introduce an organisation: "recruiter Staffline",
// "payments provider Fonix Mobile".
var businessNouns = setOf(`firm firms company companies group groups operator provider maker
manufacturer retailer lender insurer recruiter chain brand label developer
housebuilder miner supplier giant behemoth outfit conglomerate specialist platform airline
carrier grocer supermarket bookmaker builder bank banks broker fund funds trust business
businesses startup start-up subsidiary unit division venture listed-company stake shares
takeover bid merger shareholder shareholders investor-backed owner-operator plc caterer brewer
distiller shipper haulier driller refiner packager carmaker chipmaker drugmaker steelmaker
consultancy consultancies bakery bakeries jewellers auditor auditors`)

// statUnits after a figure count a player's or a racer's gains, not a
// share price's: "Hillis added 101 yards", "gained 12 seconds".
var statUnits = setOf(`yards yard runs run goals goal wickets rebounds assists touchdowns
seconds minutes metres meters miles laps shots strokes places`)

// outletNouns after a name are a chain's shops: "a Waitrose store"
// (not after a place the gazetteer knows: "the Paris branch").
var outletNouns = setOf(`store stores shop shops branch branches outlet outlets superstore`)

// knownPlace reports whether m, read as a place, is one word the
// gazetteer knows as a place's name.
func knownPlace(m *mention) bool {
	return m.typ == "LOC" && len(m.name) == 1 && slices.Contains(knownTypes(m.name[0]), "LOC")
}

// marketVerbs report a share price move: "Cineworld fell 6 per cent".
var marketVerbs = setOf(`rose fell jumped slumped climbed gained dropped soared tumbled sank slid
surged rallied edged lost added declined advanced slipped plunged plummeted rocketed dipped
shed firmed eased rising falling jumping slumping climbing gaining dropping soaring tumbling
sinking sliding surging rallying edging losing adding declining advancing slipping plunging
plummeting rocketing dipping shedding firming easing leapt leaped leaping rises falls jumps
slumps climbs gains drops soars tumbles sinks slides surges rallies edges declines advances slips
plunges plummets rockets dips sheds firms eases leaps`)

// orgFollowers after a possessive mark an organisation: "Tesco's shares".
var orgFollowers = setOf(`shares share stock profits profit sales revenue revenues stores
customers board shareholders results market valuation turnover earnings dividend bosses
staff workers employees products brand chief chairman founder boss directors investors
takeover bid offer pubs restaurants shops branches outlets factory factories plant plants`)

// ofPlaceNouns before "of" and a one-word name make it a place, beside
// placeNouns: "the sheikhdom of Qatar", "the state of Victoria".
var ofPlaceNouns = setOf(`country state kingdom republic emirate sheikhdom island islands capital
nation territory`)

// bodiesIn are businessNouns that, before "in", say where the bodies are
// rather than what they own: "groups in Darfur", not "shares in Tesco".
var bodiesIn = setOf(`firm firms company companies group groups business businesses bank banks
operator operators`)

// productNouns name things a firm makes: after a possessive they make
// it the maker ("Sony's new handheld console").
var productNouns = setOf(`console consoles handset handsets format formats device devices gadget
gadgets chip chips processor processors software laptop laptops browser browsers`)

// madeThing reports whether the words from token k on are a product
// noun after at most two lower-case words ("own disc format").
func madeThing(toks []tok, k int) bool {
	for i := k; i < len(toks) && i < k+3; i++ {
		if !toks[i].word || toks[i].cap {
			return false
		}
		if productNouns[toks[i].lower] {
			return true
		}
	}
	return false
}

var personPronouns = setOf(`he she his her him himself herself`)

// kindEvidence weighs the context of a tagger mention for a person, an
// organisation and a place. It looks only at the words around the name.
// listOrg is the part of org that list neighbours gave, pronoun the part
// of person that a pronoun after the name gave (pronounAfter).
func kindEvidence(d *paraDoc, m *mention) (person, org, place, listOrg, pronoun int) {
	toks := d.toks
	next := func(k int) string {
		if k < len(toks) {
			return toks[k].lower
		}
		return ""
	}
	e := m.e
	var in wordLists // the lists that have the word after the name
	if e < len(toks) {
		in = toks[e].lists()
	}
	// After the name.
	switch {
	case next(e) == "," && (isNumber(next(e+1)) || ageWord(next(e+1))) && (next(e+2) == "," || next(e+2) == ")" || next(e+2) == "."):
		person += 2 // an age: "Fifi, 37,", "Poppy, eight, from Corran"
	case next(e) == "(" && isNumber(next(e+1)) && next(e+2) == ")":
		person += 2
	case (next(e) == "who" || next(e) == "," && next(e+1) == "who") && !afterPreposition(toks, m.s) && !compassBefore(toks, m.s) && !thingName(m.name) && !(len(m.name) == 1 && articleBefore(toks, m.s)) && !pluralSubject(toks, m) && !closesNameList(toks, m.s):
		person += 3 // "a young chap named Woody, who" (not "both from Italy, who", "Virgin Radio, who", "the Pole, who") ("named by Korn, who are": a group, pluralsubject.go)
	case next(e) == "(" && next(e+1) == "pictured" || next(e) == "," && next(e+1) == "pictured":
		person += 2 // "Nicola Urquhart (pictured)"
	case next(e) == "," && (next(e+1) == "the" || next(e+1) == "a" || next(e+1) == "his" || next(e+1) == "her" || next(e+1) == "their") && (kinship[next(e+2)] || kinship[next(e+3)] && next(e+4) == "of"):
		person += 2 // "…, the mother of …", "…, his eldest son, …"
	case next(e) == "which" || next(e) == "," && next(e+1) == "which":
		if !objectPersonName(toks, m) {
			org += 2 // not "a new play by Oren Quillet, which is two hours long": the play (itssubject.go)
		}
	case next(e) == "(" && (next(e+1) == "up" || next(e+1) == "down" || next(e+1) == "unchanged" || next(e+1) == "flat"):
		org += 2
	case next(e) == "&":
		org += 2
	case in&inMediaNouns != 0 && !(e+1 < len(toks) && toks[e+1].cap) && !indefinite(toks, m.s):
		// "the Herald newspaper", "Vogue magazine": more than "in the";
		// not "the Basque newspaper Gara" or "a Colorado newspaper".
		org += 3
	case businessApposition(toks, e):
		org += 2 // "Walmart, the largest US retailer,"
	case placeApposition(toks, e):
		place += 3 // "Diddly Squat, his 1,000-acre Cotswolds farm,"
	case qualifiesRole(toks, e) && !placeQualifier(toks, m):
		org += 2 // a name that qualifies a role: "a Coldstream Guards officer", "the Blue Peter and GMTV presenter"
	case (in&inBusinessNouns != 0 || in&inOutletNouns != 0 && !knownPlace(m)) && next(e) != "owner-operator" && !placeQualifier(toks, m):
		org += 2 // "his Various Eateries chain"
	case in&inOrgFollowers != 0 || next(e) == "plc" || next(e) == "ltd" || next(e) == "inc" || next(e) == "holdings" || next(e) == "group":
		org += 2
	case e < len(toks) && isPossessive(&toks[e]) && (orgFollowers[next(e+1)] || orgFollowers[next(e+2)] && !personPronouns[next(e+1)]):
		org += 2
	case e < len(toks) && isPossessive(&toks[e]) && madeThing(toks, e+1):
		org += 2 // "Sony's own disc format", "Sony's new handheld console"
	case in&inMarketVerbs != 0 && !statUnits[next(e+2)] && (isNumber(strings.TrimSuffix(strings.TrimSuffix(next(e+1), "p"), "%")) || strings.ContainsAny(next(e+1), "0123456789") ||
		(next(e+1) == "by" || next(e+1) == "to") && figure(next(e+2))):
		org += 2 // "Cineworld fell 6 per cent", "rose to 120p"; not "falling to the ground"
	case next(e) == "was" && (next(e+1) == "up" || next(e+1) == "down"):
		org += 2
	}
	if placeModifier(toks, e) && !hyphenAdjective(m.name[len(m.name)-1]) && !periodAdjective(m) {
		place += 2 // "the Millfield industrial estate", "the Lune valley"
	}
	if localPeople(toks, m) {
		place += 3 // "a 35-year-old Corran man", "Tarrow police arrested" (localpeople.go)
	}
	if m.typ == "PER" && compassBefore(toks, m.s) && !toks[m.s-1].sentStart {
		place += 2 // "Cornwall and south Devon": a part of a place, no person (compass.go)
	}
	if capOf(toks, e) && m.hon == "" {
		place += 3 // "the Tarrow international said", "two Corran internationals" (capped.go)
	}
	if compassOf(toks, m.s) && !(e < len(toks) && isPossessive(&toks[e])) {
		place += 3 // "35 miles south-west of Corran Abbas" (compass.go)
	}
	pronoun, o := pronounAfter(toks, m)
	person, org = person+pronoun, org+o
	// Before the name.
	s := m.s
	if s > 0 {
		k := s - 1
		comma := toks[k].text == "," && k > 0
		if comma {
			k--
		}
		if toks[k].word {
			l := toks[k].lower
			switch {
			case toks[k].cls&(clsKinship|clsKinExPrefix) != 0: // kinship[l] || kinship[strings.TrimPrefix(l, "ex-")]
				person += 2
			case !comma && firmDescriptor(toks, k, s):
				org += 2 // "asset manager Frenkel Topping"
			case !comma && firmPlural(toks, k, m):
				org += 3 // "consultants Trevose Geoscience" (firmplural.go)
			case !comma && researchBy(toks, k) && (m.typ == "ORG" || !givenName(m.name[0])):
				org += 3 // "according to research by Tarrow Henley", "data from Velmora" (research.go)
			case !comma && saleAgent(toks, k, m):
				org += 3 // "is for sale through Garner Holt" (saleagent.go)
			case !comma && m.typ != "LOC" && ofPerson(d, k) && !(m.e < len(toks) && isPossessive(&toks[m.e])):
				org += 2 // "analyst Bethany Quarrie of Holt Garnett" (firmplural.go)
			case !comma && renamedAs(toks, k):
				org += 3 // "is to rebrand as Brackley Gault": bodies and brands take new names, people not
			case !comma && !toks[k].cap && (toks[k].is(clsPersonNoun) || fieldStar(toks, k)) && allNameLike(m.name):
				person += 2 // "the comedian Sacha Baron Cohen", "pop star Roxy Tremaine"
			case !comma && toks[k].cap && !toks[k].sentStart && toks[k].is(clsPersonNoun) && len(m.name) > 1 && allNameLike(m.name) && m.typ != "PER":
				person += 2 // "Rescue leader Sergeant Tiago Mendes de Arruda" read as a body: a rank before the name
			case comma && tradeApposed(toks, k, m.e):
				org += 2 // "The developer, Kestrel Land, has promised"
			case comma && firmPluralApposed(toks, k, m):
				org += 3 // "The selling agents, Pargeter Lowe, expect" (firmplural.go)
			case comma:
			case businessNounPlural(l) || l == "service" || l == "services" || onlineNouns[l] || l == "club" && !determinerBefore(toks, k):
				// "payments provider Fonix", "streaming service Velo",
				// "file-sharing network Velster", "search engine Quibble": a
				// service before a name only, as "a service in
				// Westminster Hall" and "Internet service providers"
				// speak of no body; a club likewise, named after its
				// kind ("rugby club Tarrow Saints"; not "the Championship
				// club", nor "the club Ivo Marsh founded").
				org += 2
			case l == "of" && k > 0 && !toks[k-1].cap && rankTitles[toks[k-1].lower] && len(m.name) <= 2 && m.typ == "PER":
				place += 2 // "named after a medieval countess of Ross": a peer's title names a place (a capitalised "Duke of X" is the peer)
			case !comma && l == "for" && k > 0 && toks[k-1].cap && !toks[k-1].sentStart && toks[k-1].is(clsRoleHead) && m.typ == "PER" && len(m.name) == 1:
				// "the Parliamentary Commissioner for Standards": the
				// remit of an office, no one holding it
				org += 2
			case l == "of" && k > 0 && (placeNouns[toks[k-1].lower] || ofPlaceNouns[toks[k-1].lower]) && (len(m.name) == 1 || len(m.name) <= 3 && (!givenName(m.name[0]) || settledOf(toks, k-1, m.e)) && !toks[k-1].cap):
				// Also "the port city of Bandar Abbas", not a club's "City of Plymouth AC".
				place += 2 // "the Sudanese region of Darfur", "the sheikhdom of Qatar"
			case l == "of" && extentOf(toks, k) && len(m.name) <= 3:
				place += 2 // "on the slopes of Ben Corran", "the edge of Knaresborough" (placeextent.go)
			case l == "of" && sideOf(toks, k, m) && len(m.name) <= 3:
				place += 2 // "sheltering on the side of Carn Velyn" (placeabove.go)
			case !comma && overGround(toks, s) && len(m.name) <= 3:
				place += 3 // "rented land above Lampridge", "the hills overlooking Tarrow" (placeabove.go)
			case l == "in" && k > 0 && bodiesIn[toks[k-1].lower]:
				place++ // "humanitarian groups in Darfur": where they work
			case (l == "of" || l == "for") && k > 0 && ((toks[k-1].lists()&inBusinessNouns != 0) || (toks[k-1].lists()&inMarketVerbs != 0)),
				l == "in" && k > 0 && (holdingNouns[toks[k-1].lower] || (toks[k-1].lists()&inMarketVerbs != 0)):
				// "shares in X", "takeover of X"; not "a supermarket in
				// Surrey", where the business is.
				org += 2
			case l == "the" && len(m.name) > 0 && inSetFold(paperWords, m.name[len(m.name)-1]):
				org += 2 // "told the Courier", "the Yorkshire Post"
			case l == "at" && officeBefore(toks, k) && endsPhrase(toks, m.e):
				// "head of market development at Nokia": an office is held
				// at a body (not "a lecturer at London's Imperial College").
				org += 2
			case !comma && placePrepositions[l] && !(m.e < len(toks) && isPossessive(&toks[m.e])) && headBits(m.name[len(m.name)-1])&orgHead == 0:
				// Not "staff at Northline Rail": a body's head noun
				// outweighs a preposition.
				place++
				if len(m.name) == 1 {
					place++ // "lessons in Chelsea"
				}
			}
		}
	}
	if seatFor(toks, m.s) {
		place += 4 // "the member for Corran Vale", "(Lab, Marsh Green)" (seat.go)
	}
	if m.typ == "PER" && britishPlaceName(m) {
		place += 3 // "in Cornwall and Devon", "the king of Mayfair" (britplace.go)
	}
	if routeEnd(toks, m.s, m.e) {
		place += 3 // "sailings to Tarrow", "trains between Corran and Halvey" (route.go)
	}
	// A role in apposition: "Salla Virtanen, the party's chief whip,".
	if role, _ := appositionRole(d, m.e); role != "" {
		f := strings.Fields(strings.ToLower(role))
		if !orgAmbiguousHeads[f[len(f)-1]] {
			person += 2
		}
	}
	// Neighbours in a list share a kind: "Ballina, Lismore, Richmond Valley
	// and Glen Innes".
	p, listOrg, l := listNeighbours(d, m)
	person, org, place = person+p, org+listOrg, place+l
	if pairedGivenName(d, m) {
		person += 3 // "Anthony Knight and Bella have been married for years"
	}
	bodyHead := len(m.name) > 2 && headBits(m.name[len(m.name)-1])&orgHead != 0
	for _, w := range m.name {
		if placeWordsFold.has(w) {
			if !bodyHead || !inSetFold(settlementWords, w) {
				place++ // not "Tarrow Town Football Club": the body's head noun decides
			}
			break
		}
		if orgWordsFold.has(w) {
			org++
			break
		}
	}
	if len(m.name) > 1 {
		hb := headBits(m.name[len(m.name)-1])
		if hb&orgHead != 0 || weakFirmHead(m.name) {
			org += 2 // "Venice Film Festival", "Cadbury Heroes League", "Tarnside Gold"
		}
		if hb&placeHead != 0 && !jobBeforeGivenName(d.toks, m) {
			place += 3 // "Carlow Row", "Tarrow Bay": stronger than a list neighbour
		} else if weakPlaceHead(m.name) {
			place += 2 // "Bramall Lane", not "Jerry Hall"
		}
	}
	if regulatorCoinage(m.name) {
		org += 3 // "Ofwat", "Ofcom": a regulator's coined name (regulator.go)
	}
	for _, w := range m.name {
		if camelCase(w) {
			org += 2 // "DaimlerChrysler", "InterTrader"
			break
		}
	}
	if m.trimmed || m.lead {
		org += 2 // "Aquis Exchange-listed", "Oiler Egdon": part of a description
	}
	return person, org, place, listOrg, pronoun
}

// periodAdjective reports whether m is one word the tagger read as
// neither a person, a body nor a place (MISC) shaped like an adjective
// made from a name ("Victorian", "Jacobean", "Moorish"; not "-ic": "the
// Adriatic coast" is a sea's): before a place's
// noun it says of what time or style the place is, not where ("a
// Victorian harbour wall").
func periodAdjective(m *mention) bool {
	if m.typ != "MISC" || len(m.name) != 1 {
		return false
	}
	l := strings.ToLower(m.name[0])
	for _, suf := range [...]string{"an", "ish", "ese", "esque"} {
		if len(l) > len(suf)+3 && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// pronounAfter weighs a pronoun later in the same sentence as the name
// of m, before any other name: "his" or "her" for a person (only for
// full names, none of whose words names things: one word is too often a
// club or a place, and "the 1998 World Cup, when he …" is about the
// man), "its" for an organisation.
func pronounAfter(toks []tok, m *mention) (person, org int) {
	e := m.e
	comma, other := false, false
	for k := e; k < len(toks) && k < e+10; k++ {
		t := &toks[k]
		if t.sentStart || (t.word && t.cap && k > e) {
			break
		}
		comma = comma || t.text == "," && k > e && k+1 < len(toks) && nextClause[toks[k+1].lower]
		// "Hal Brennan, grandson of its founder": "its" is the
		// relative's, and after "to" an object's infinitive ("hired
		// Marcus Idowu to front its coverage") speaks of the subject.
		other = other || t.word && !t.cap && t.cls&(clsKinship|clsPersonNoun) != 0 || t.lower == "to" && objectOfVerb(toks, m.s)
		if t.is(clsPersonPronoun) {
			if m.s > 0 && inPlacePreposition[toks[m.s-1].lower] && k > e {
				return 0, 0 // "a plant in Northeast Tarrow, she returned" (placepronoun.go)
			}
			if appositionOf(toks, m.s) {
				return 0, 0 // "Ivo Marsh, of Tarrow Hale, said he": the pronoun is the head's
			}
			if k == e+1 && placeApposition(toks, e) {
				return 0, 0 // "Glenarrow Tower, her 16th century home in the hills": whose place it is
			}
			// Not for a name an article makes a modifier: "won the
			// National Young Poets award for a poem about her …".
			if len(m.name) > 1 && !thingName(m.name) && !(articleBefore(toks, m.s) && e < len(toks) && toks[e].word && !toks[e].cap) {
				return 2, 0
			}
			return 0, 0
		}
		if t.text == "its" && !comma && !other {
			if k == e+1 && toks[e].text == "," && itsRoleApposed(toks, k) {
				return 0, 0 // "Hannah Cowdrey, its duty manager for floods," holds a role in it (itsrole.go)
			}
			if othersIts(toks, m, k) {
				return 0, 0 // "has appointed Ada Kell as its manager", "Ada Kell said the boat …its" (itssubject.go)
			}
			return 0, 2 // not "waited for Ada Kell to make history, then cruised to its win"
		}
	}
	return 0, 0
}

// appositionOf reports whether the name at token s opens an apposition
// of "of", "at" or "from" after a comma and a name ("Ivo Marsh, of
// Tarrow Hale, said he"), which says where the head of the apposition
// belongs or comes from: a pronoun later in the sentence is the head's.
func appositionOf(toks []tok, s int) bool {
	if s < 3 || toks[s-2].text != "," {
		return false
	}
	switch toks[s-1].lower {
	case "of", "at", "from":
	default:
		return false
	}
	h := &toks[s-3]
	return h.word && h.cap
}

// objectOfVerb reports whether the name at token s is the object of a
// verb in the past ("has poached Marcus Idowu", "hired Ada Kell"; not
// an adjective such as "phone-shaped") whose subject is a name earlier in
// the sentence.
func objectOfVerb(toks []tok, s int) bool {
	if s < 2 {
		return false
	}
	if v := toks[s-1]; !v.word || v.cap || !strings.HasSuffix(v.lower, "ed") || strings.Contains(v.lower, "-") {
		return false
	}
	for k := s - 2; k >= 0; k-- {
		if toks[k].word && toks[k].cap {
			return true
		}
		if toks[k].sentStart {
			break
		}
	}
	return false
}

// tradeApposed reports whether the name ending at token e stands in
// apposition after a business noun at token k, opened by "the" or "a"
// that opens the clause, and closed by a comma before a lower-case
// word: "The developer, Kestrel Land, has promised", "Pugh's club,
// Corran Harlequins, said he would have surgery". A list ("the firm, Ada, Bo and Cy") has
// a name after the closing comma.
func tradeApposed(toks []tok, k, e int) bool {
	if k == 0 || !(toks[k].lists()&inBusinessNouns != 0) && !sideNouns[toks[k].lower] || toks[k].cap && !toks[k].sentStart {
		return false
	}
	switch det := toks[k-1]; {
	case ownerBefore(toks, k):
		// "pollster Ravi Kapoor's firm, Meridian Insight, found", "his
		// company, Velmo Holdings, said": whose business it is.
	case det.lower != "the" && det.lower != "a":
		return false
	case !det.sentStart && !(k > 1 && (toks[k-2].text == "," || toks[k-2].lower == "and" || toks[k-2].lower == "but")):
		return false // "Head of the division, Andrew Burke," is the person heading it
	}
	return e+1 < len(toks) && toks[e].text == "," && toks[e+1].word && !toks[e+1].cap
}

// onlineNouns name an online service or a network right before its name:
// "file-sharing network Velster", "search engine Quibble".
var onlineNouns = setOf(`network engine website app`)

// sideNouns name a club or a team a name may stand in apposition to:
// "his club, Corran Harlequins, said".
var sideNouns = setOf(`club clubs team side`)

// personNoun reports whether l, a lower-case word before a name, is a
// role noun that only people hold ("comedian", "novelist"): not one that
// describes firms too ("regulator", "super-regulator"), nor one that is
// more often an adjective ("major", "chief").
func personNoun(l string) bool {
	h := l[strings.LastIndexByte(l, '-')+1:]
	return isRoleHeadL(h) && !orgAmbiguousHeads[h] && !adjectiveHeads[h]
}

// adjectiveHeads are role nouns more often used as adjectives before a
// name: "major Hollywood studios", "chief Kremlin spokesman".
var adjectiveHeads = setOf(`major general chief head principal official deputy senior junior lead
star model host partner executive`)

// starFields are the fields a star shines in, written before "star":
// "pop star", "soap star", "rugby star".
var starFields = setOf(`pop rock film movie screen stage soap tv television reality sitcom chat-show
football rugby tennis cricket golf boxing athletics snooker country jazz rap`)

// fieldStar reports whether token k is "star" after the field it shines
// in ("pop star Roxy Tremaine"): a person, where "star" alone is as
// often an adjective ("star striker", "star witness").
func fieldStar(toks []tok, k int) bool {
	return k > 0 && toks[k].lower == "star" && starFields[toks[k-1].lower]
}

// renamedAs reports whether the words ending at token k give a body a
// new name: "rebrand as", "renamed", "to be renamed as".
func renamedAs(toks []tok, k int) bool {
	l := toks[k].lower
	if (l == "as" || l == "to") && k > 0 {
		l = toks[k-1].lower
	}
	return renameVerbs[l]
}

// renameVerbs give a body or a brand a new name.
var renameVerbs = setOf(`rebrand rebrands rebranded rebranding renamed renaming rename renames`)

// businessNounPlural reports whether l is a businessNouns word or its
// plural.
func businessNounPlural(l string) bool {
	return businessNouns[l] || strings.HasSuffix(l, "s") && businessNouns[l[:len(l)-1]]
}

// indefinite reports whether an indefinite article opens the noun phrase
// of the name starting at token s, at most two lower-case words before
// it: "a Colorado newspaper", "a suburban Maryland newspaper".
func indefinite(toks []tok, s int) bool {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		t := &toks[k]
		if !t.word {
			return false
		}
		if t.lower == "a" || t.lower == "an" {
			return true
		}
		if t.cap || t.is(clsClauseWord) || t.is(clsAfterNounWord) {
			return false
		}
	}
	return false
}

// mediaNouns after a name make it a publication's: "the Times
// newspaper", "Vogue magazine".
var mediaNouns = setOf(`newspaper newspapers paper magazine magazines tabloid broadsheet website`)

// businessApposition reports whether the name ending at token e is
// followed by a description of a business in apposition: "Walmart, the
// largest US retailer,", "Kestrel, a mobile operator,".
func businessApposition(toks []tok, e int) bool {
	return appositionTrade(toks, e) != ""
}

// appositionTrade returns the business noun of a description of a
// business in apposition after the name ending at token e
// (businessApposition), or "".
func appositionTrade(toks []tok, e int) string {
	if e+2 >= len(toks) || toks[e].text != "," {
		return ""
	}
	k := e + 1
	switch toks[k].lower {
	case "the", "a", "an":
		k++
	default:
		return ""
	}
	owned := false // a possessive stood before: "the UK's premium rate services watchdog"
	for n := 0; k < len(toks) && n < 5; k, n = k+1, n+1 {
		t := &toks[k]
		if isPossessive(t) && k > e+2 && !owned {
			owned = true
			n--
			continue
		}
		if !t.word || !t.cap && (t.is(clsClauseWord) || t.is(clsAfterNounWord)) {
			return "" // "…, the godfather of the group,"
		}
		if appositionHead(t) {
			if k+1 < len(toks) && isPossessive(&toks[k+1]) && (possessedRoleCloses(toks, k+2) || bodyHeads[t.lower]) {
				return "" // "Ada Kell, the operator's chief engineer,": a role held in a body; "the magazine's highest honour"
			}
			if k+1 == len(toks) || !toks[k+1].word || tradePostModifiers[toks[k+1].lower] || firmOnlyOf(toks, k) {
				if owned && agentTrade(t.lower) {
					return "" // "Ada Kell, the county's best brewer,": a person's trade
				}
				return t.lower // "Griselda Varnley, the cake chain with a kiosk at every station,"
			}
			if appositionHead(&toks[k+1]) {
				continue // "the bakery chain", "the premium rate services watchdog"
			}
			return ""
		}
	}
	return ""
}

// possessedRoleCloses reports whether the words from token k on, after
// a business noun's possessive in an apposition, describe what the name
// is in the body and close the apposition: one to four lower-case words,
// then punctuation or "and" ("the operator's longest-serving
// stewardess,", "the firm's chief executive and a granddaughter of"), or
// a role's head noun before a preposition opening its field ("the
// group's director of planning"). A name after them ("from Velmo, the
// carmaker's chief executive Ada Kell said") opens another phrase: the
// apposition was the first name's.
func possessedRoleCloses(toks []tok, k int) bool {
	for i := k; i < len(toks) && i < k+5; i++ {
		t := &toks[i]
		switch {
		case !t.word || t.lower == "and":
			return i > k
		case t.cap:
			return false
		case isRoleHeadL(t.lower) && i+1 < len(toks) && roleFieldWords[toks[i+1].lower]:
			return true
		}
	}
	return false
}

// roleFieldWords after a role's head noun open what the role is of.
var roleFieldWords = setOf(`of for at in`)

// tradePostModifiers may follow the business noun heading an
// apposition, opening what qualifies it: "the cake chain with a kiosk
// at every station", "the mapping organisation that is part of the UN", "the Velby studio behind the game", "a Corran
// firm best known for its ropes".
var tradePostModifiers = setOf(`with behind best known founded based whose backed owned run
launched created that`)

// serviceNouns, heading a description in apposition, make the name an
// online service's or a product's, run by a firm: "Blogvane, a blog
// search engine,", "Quillo, a music download service," (kept apart from
// businessNouns: before a name they name a job as often, "website
// editor").
var serviceNouns = setOf(`service services engine website site app network browser console
marketplace`)

// determinerBefore reports whether an article or a possessive
// determiner stands right before token k.
func determinerBefore(toks []tok, k int) bool {
	return k > 0 && (articleBefore(toks, k) || toks[k-1].is(clsPossessiveDet))
}

// placePrepositions often stand before a place: "an estate in Wiltshire".
var placePrepositions = setOf(`in at near across around outside inside throughout`)

// strongOrgWords end the names of organisations and events and are rarely
// surnames. Most are head nouns: a name ending in one names a body of
// that kind ("Safety Executive", "Met Office", "Prison Service"); the
// plural nouns of a trade ("Bluewake Ferries", "Texas Instruments") name
// a firm, never a person. So do clubs' abbreviations ("Corran CC",
// "Velby RFC", "Tarrow Utd").
var strongOrgWords = setOf(`festival league party council committee commission university college
executive office service services board bureau tribunal inspectorate directorate secretariat synod
parliament organisation organization police constabulary rail trains buses mobile rovers
athletic wanderers albion harriers rangers
school hospital ministry department plc ltd inc llc group holdings airways airlines fc club
afc rfc rufc cc ccc utd
united trust foundation institute association society agency authority fund partners media
academy orchestra theatre museum gallery company playhouse team
corporation bank centre center mail telegraph gazette herald chronicle tribune exchange tobacco healthcare
auto autos motors pharma pharmaceuticals foods energy oil gas petroleum steel telecom telecoms
communications electronics technologies technology systems software networks entertainment
pictures studios records insurance investments securities capital finance financial resources
mining minerals industries international worldwide logistics hotels resorts brewery breweries
beverages airport airports stores supermarkets retail brands labs laboratories dairy dairies chemicals
brewing distillers motors cars taverns pubs inns bars restaurants eateries cafes shops
ferries cruises shipping freight couriers properties homes developments ventures enterprises solutions products
materials metals textiles fisheries bakeries builders contractors engineering associates consultants
distributors supplies biotech biosciences therapeutics diagnostics genomics robotics dynamics semiconductors devices
instruments aerospace cinemas publications publishers broadcasting casino casinos equity newsroom
research consulting consultancy advisory analytics economics
jewellers outfitters clothiers opticians air highways waterways management property audio
interactive parcels voyages lettings removals interiors apparel cosmetics wines
advisors advisers solicitors accountants architects surveyors`)

// placeWords end or fill place names ("Downing Street", "Isle of Wight").
var placeWords = setOf(`street road square park bridge airport station port island islands isle
county borough district region province state states republic kingdom empire palace castle
abbey cathedral church chapel lane avenue valley river lake mountain mount hills heath common
green village town city east west north south shire`)

// settlementWords, among placeWords, name a town or a county, which a
// body named after it takes into its name ("Tarrow Town Football
// Club", "Velby County Cricket Club").
var settlementWords = setOf(`town city village county borough shire`)

// articleBefore reports whether an article stands right before token s.
func articleBefore(toks []tok, s int) bool {
	if s == 0 {
		return false
	}
	switch toks[s-1].lower {
	case "the", "a", "an":
		return true
	}
	return false
}

// afterPreposition reports whether the word before token s is a
// preposition that usually introduces a place or a thing.
func afterPreposition(toks []tok, s int) bool {
	if s == 0 {
		return false
	}
	switch toks[s-1].lower {
	case "in", "at", "from", "of", "to", "near", "across", "around", "outside", "inside", "throughout", "into", "on", "for":
		return true
	}
	return false
}

// camelCase reports whether w has a capital inside it that no surname
// prefix explains: "DaimlerChrysler" but not "McManus", "DiCaprio",
// "MacDonald" or "LeBlanc".
func camelCase(w string) bool {
	var prev rune
	n := 0 // runes before r
	for i, r := range w {
		if n >= 2 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			switch w[:i] {
			case "Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "St", "Fitz", "Del", "Della", "Des":
			default:
				return true
			}
		}
		prev = r
		n++
	}
	return false
}

// joinedBy reports whether the tokens between two list items are a list
// joiner: ",", "and", "or", "&" or ", and".
func joinedBy(between []tok) bool {
	if len(between) > 1 && isPossessive(&between[0]) {
		between = between[1:] // "Young's, City Pub"
	}
	switch len(between) {
	case 1:
		w := between[0].text
		return w == "," || w == "and" || w == "or" || w == "&"
	case 2:
		return between[0].text == "," && (between[1].text == "and" || between[1].text == "or")
	}
	return false
}

// orgAmbiguousHeads are role nouns that describe firms as often as people
// ("Ofcom, the media regulator,").
var orgAmbiguousHeads = setOf(`regulator broker dealer auditor consultant adviser advisor partner
owner operator host producer publisher broadcaster investor trustee developer manager supplier
head chair leader star player model official representative designer`)

// listNeighbours counts the tagger's people, organisations and places
// next to mention m in a list ("Ballina, Lismore and Glen Innes"); not
// across a comma and "and" that open another clause (andClause).
func listNeighbours(d *paraDoc, m *mention) (person, org, place int) {
	for _, sp := range d.spans {
		if !listAdjacent(d, m, sp) {
			continue
		}
		switch sp.typ {
		case "PER":
			person++
		case "LOC":
			place++
		case "ORG":
			org++
		}
	}
	return person, org, place
}

// listAdjacent reports whether span sp stands right before or right
// after mention m in a list: joined to it by a comma, "and" or "or"
// (joinedBy), not across a comma and "and" that open another clause
// (opensClause, andClause).
func listAdjacent(d *paraDoc, m *mention, sp span) bool {
	toks := d.toks
	// joinedBy holds of three tokens at most: most spans are too far off
	// to ask
	before := sp.e < m.s && m.s-sp.e <= 3 && joinedBy(toks[sp.e:m.s]) && !opensClause(toks, sp.e, m) && !andClause(d, sp.e, m.s, m.e)
	return before || sp.s > m.e && sp.s-m.e <= 3 && joinedBy(toks[m.e:sp.s]) && !andClause(d, m.e, sp.s, sp.e)
}

// officeBefore reports whether an office's head noun ends one of the
// five words before token k, with no punctuation between ("vice
// president for entertainment at", "head of market development at").
func officeBefore(toks []tok, k int) bool {
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		if !toks[i].word {
			return false
		}
		if isRoleHeadL(toks[i].lower) {
			return true
		}
	}
	return false
}

// opensClause reports whether the lone comma at token k, just before
// mention m, ends an opening phrase rather than joins a list: m is
// followed by a lower-case word that goes on with no list's "and" or
// "or" ("At a show in Las Vegas, Toshiba announced"; not "Ballina,
// Lismore and Glen Innes").
func opensClause(toks []tok, k int, m *mention) bool {
	if k+1 != m.s || toks[k].text != "," || m.e >= len(toks) {
		return false
	}
	t := &toks[m.e]
	return t.word && !t.cap && t.lower != "and" && t.lower != "or"
}

// pairedGivenName reports whether m is one given name, never a place's
// in the model's gazetteer, joined by "and" alone to a person's full name
// the tagger found, with nothing else in the list: "Anthony Knight and
// Bella", "Bella and Anthony Knight".
func pairedGivenName(d *paraDoc, m *mention) bool {
	if len(m.name) != 1 || !givenName(m.name[0]) || slices.Contains(knownTypes(m.name[0]), "LOC") {
		return false
	}
	toks := d.toks
	for _, sp := range d.spans {
		if sp.typ != "PER" || sp.e-sp.s < 2 {
			continue
		}
		before := sp.e+1 == m.s && toks[sp.e].text == "and" && (sp.s == 0 || !joinedBy(toks[sp.s-1:sp.s]))
		after := m.e+1 == sp.s && toks[m.e].text == "and" && (sp.e >= len(toks) || !joinedBy(toks[sp.e:sp.e+1]))
		if before && (m.e >= len(toks) || !joinedBy(toks[m.e:m.e+1])) || after && (m.s == 0 || !joinedBy(toks[m.s-1:m.s])) {
			return true
		}
	}
	return false
}

// beforeWhich reports whether "which" or ", which" follows token e-1: a
// clue to a thing, but as often to the noun phrase the name ends ("a
// shot by Ogun Temizkanoglu which De Wilde tipped over").
func beforeWhich(d *paraDoc, e int) bool {
	toks := d.toks
	if e < len(toks) && toks[e].text == "," {
		e++
	}
	return e < len(toks) && toks[e].lower == "which"
}

// jobBeforeGivenName reports whether m, a name of two words opening with
// a given name the model knows, comes right after a job or a person's
// noun written lower case ("finance chief Joanna Street", "the teacher
// Sally Bridge"): a street or a bay is given no job, so the head word is
// a surname, not a place's.
func jobBeforeGivenName(toks []tok, m *mention) bool {
	if len(m.name) != 2 || m.s == 0 || !givenName(m.name[0]) {
		return false
	}
	t := &toks[m.s-1]
	return t.word && !t.cap && (t.is(clsRoleHead) || t.is(clsPersonNoun))
}
