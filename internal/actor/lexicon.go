package actor

import (
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lower"
)

// The word lists below are closed-class English vocabulary (titles, office
// words, calendar words, page furniture). None of them names a person.

// honorifics maps a courtesy or rank title (without a full stop) to its
// class: "plain" titles are always dropped from a canonical name; "knight"
// and "peer" titles are kept only when the person is known by nothing
// else; "royal" titles are kept before a lone given name.
var honorifics = map[string]string{
	"Mr": "plain", "Mrs": "plain", "Ms": "plain", "Miss": "plain", "Mx": "plain",
	"Dr": "plain", "Prof": "plain", "Professor": "plain", "Rev": "plain", "Revd": "plain",
	"Reverend": "plain", "Mme": "plain", "Mlle": "plain", "Herr": "plain", "Frau": "plain",
	"Messrs": "plain", "Dott": "plain", "Rabbi": "plain", "Imam": "plain", "Fr": "plain",
	"Hon": "plain", "Cllr": "plain", "Count": "plain",
	// Ranks written short before a name ("DI Ruddock", "Supt Pike", "Pc
	// Ilford" as British papers write a constable); not "PC", "DC" or
	// "DS", which open names of firms and things as often.
	"Pc": "plain", "DI": "plain", "DCI": "plain", "DCS": "plain", "Supt": "plain", "Insp": "plain", "Det": "plain", "Ch": "plain",
	"Sgt": "plain", "Cpl": "plain", "Capt": "plain", "Lt": "plain", "Maj": "plain", "Col": "plain",
	// Other ranks of the forces written short before a name ("Pte Ada
	// Kell", "LCpl Kell", "Gnr Kell"), never words nor given names.
	"Pte": "plain", "LCpl": "plain", "Bdr": "plain", "Gnr": "plain", "Spr": "plain", "Tpr": "plain", "Rfn": "plain",
	"Canon": "plain", "Coxswain": "plain",
	// Titles of address of other Commonwealth countries, never a given
	// name: Malaysian honours ("Datuk Seri", "Dato", "Datin"), the
	// pilgrim's title of West Africa ("Alhaji", "Alhaja"), Indian "Smt"
	// (Shrimati); not "Shri", which opens temples' names as often.
	"Datuk": "plain", "Dato": "plain", "Datin": "plain", "Alhaji": "plain", "Alhaja": "plain",
	"Shrimati": "plain", "Smt": "plain",
	"Sir": "knight", "Dame": "knight",
	"Lord": "peer", "Lady": "peer", "Baroness": "peer", "Baron": "peer", "Earl": "peer",
	"Countess": "peer", "Viscount": "peer", "Viscountess": "peer", "Marquess": "peer",
	"Marchioness": "peer", "Marquis": "peer",
	"Prince": "royal", "Princess": "royal", "King": "royal", "Queen": "royal",
	"Duke": "royal", "Duchess": "royal", "Emperor": "royal", "Empress": "royal",
	"Pope": "royal", "Sheikh": "royal", "Sultan": "royal", "Tsar": "royal",
}

// styleWords stand before a title as part of it: "the Rt Hon", "the Most
// Reverend", "the Very Rev".
var styleWords = setOf(`Rt Right Most Very`)

// postnominals are the letters after a member's or a barrister's name:
// "Frank Field MP", "Ada Kell KC".
var postnominals = setOf(`MP MPs MEP MEPs MSP MSPs MLA MLAs KC KCs QC QCs`)

// abbreviated titles may be written with a full stop ("Mr.", "Dr.").
var abbreviated = setOf(`Mr Mrs Ms Mx Dr Prof Rev Revd Cllr Fr Mme Mlle Messrs Dott St Sgt Capt Col Gen Lt Rt Hon Supt Insp Det Cpl Maj`)

// abbreviatedLen tells most words that are not abbreviated (every one of
// them capitalised) without the map.
var abbreviatedLen = lenFilterOf(abbreviated)

// isAbbreviated returns abbreviated[w].
func isAbbreviated(w string) bool { return abbreviatedLen.mayHave(w) && abbreviated[w] }

// isHonorific reports whether w (optionally with a trailing full stop) is
// a courtesy or rank title.
func isHonorific(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if !honorificsLen.mayHave(w) {
		return false // most words, told without the map
	}
	_, ok := honorifics[w]
	return ok
}

var honorificsLen = lenFilterOf(honorifics)

func honorificClass(w string) string { return honorifics[strings.TrimSuffix(w, ".")] }

// roleHeads are nouns that name an office, job or standing. A phrase
// ending in one is a role ("Health Secretary", "Tesco boss").
var roleHeads = setOf(`airman corporal bombardier chancellor president minister secretary mp mep msp mla leader chairman
chairwoman chair chief executive boss director manager founder cofounder co-founder owner
spokesman spokeswoman spokesperson governor mayor premier treasurer senator congressman
congresswoman representative ambassador commissioner judge magistrate coroner editor presenter host broadcaster
anchor correspondent reporter columnist author writer novelist actor actress star singer
musician comedian coach captain striker midfielder defender goalkeeper winger forward player
footballer cricketer batsman bowler jockey trainer driver boxer golfer chef model designer
economist analyst strategist investor banker officer inspector constable superintendent
commander professor scientist doctor adviser advisor aide deputy head partner trustee tsar
czar envoy general colonel admiral major lieutenant sergeant bishop archbishop pope cardinal
vicar lawyer barrister solicitor qc kc attorney prosecutor detective sheriff campaigner
activist pundit commentator producer playwright dramatist artist photographer poet historian
biographer heir speaker whip ceo cfo coo cto md chairperson vice-president vice-chairman
rapper dancer entrepreneur tycoon billionaire millionaire businessman businesswoman
socialite heiress president-elect chancellor-elect councillor justice secretary-general
frontman guitarist drummer skipper manageress headteacher headmaster principal dean
provost rector registrar surgeon nurse consultant physician psychologist mogul magnate
supremo chieftain warden official diplomat negotiator regulator auditor accountant
broker dealer trader lobbyist pollster consultant organiser organizer curator
archivist librarian teacher lecturer researcher epidemiologist virologist
officer-in-charge prime-minister pm fm taoiseach tanaiste dj
landlady publican ringleader choreographer composer conductor backbencher veteran rocker`)

// roleModifiers may stand inside a role phrase before its head noun.
var roleModifiers = setOf(`lance prime foreign home health justice defence defense education
business culture transport environment housing communities work pensions treasury shadow
deputy former ex acting interim junior senior chief general first vice assistant managing
executive financial operating technology commercial marketing investment new outgoing incoming
then late party state of for and the trade international development digital media sport
sports northern scottish welsh irish brexit exchequer cabinet office local regional national
global european chair non-executive nonexecutive lead head principal associate founding
group joint co retail private public economic economics political legal sales creative
editorial artistic musical medical scientific communications press policy security
intelligence foreign-affairs interior finance economy energy climate levelling-up equalities
attorney solicitor lord labour tory conservative liberal democrat democratic republican
green reform independent football club team england britain britain's nation's world
minister secretary leader president director chairman manager officer executive`)

// roleTitles are office words written with a capital in running text
// ("the Chancellor"), which may refer back to a named holder.
var roleTitles = setOf(`chancellor president minister secretary premier governor mayor
speaker leader pm taoiseach commissioner ambassador chairman treasurer`)

// parties are political parties and their adjectives, taken as an
// affiliation when they modify a role.
var parties = map[string]string{
	"labour": "Labour", "conservative": "Conservative", "conservatives": "Conservative",
	"tory": "Conservative", "tories": "Conservative", "lib": "Liberal Democrat",
	"liberal": "Liberal", "snp": "SNP", "ukip": "UKIP", "dup": "DUP", "plaid": "Plaid Cymru",
	"green": "Green", "greens": "Green", "reform": "Reform", "republican": "Republican",
	"democrat": "Democrat", "democratic": "Democratic", "gop": "Republican", "sdlp": "SDLP",
	"alliance": "Alliance", "coalition": "Coalition",
	// Irish parties named in Irish: "Sinn Féin", "Fianna Fáil" ("Fine Gael"
	// is left out: "fine" is an English word).
	"sinn": "Sinn Féin", "fianna": "Fianna Fáil",
}

// calendar words are never names.
var calendar = setOf(`monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun today tomorrow
yesterday tonight christmas easter weekend`)

// timeZones are abbreviations of time zones ("1900 GMT"), which a tagger
// takes for organisations. Ones that are also common words or names (ET,
// PT, IST) are left out.
var timeZones = setOf(`gmt bst utc cet cest eet eest wet est edt cst cdt mst mdt pst pdt
akst akdt hst aest aedt acst acdt awst nzst nzdt jst kst hkt sgt wib msk`)

// commonAbbreviations are abbreviations of common nouns ("a DVD", "ID
// cards", "GDP", "WFH parents", "a Q&A", "46 KOs"), which a tagger takes for names
// of organisations.
var commonAbbreviations = setOf(`tv tvs dvd dvds cd cds pc pcs id ids lcd dj djs vhs pvr pvrs mp3
sms gps usb atm atms gdp vat ipo hdtv dab gsm pin faq faqs r&b hiv dna wfh ceo ceos cfo coo agm
egm ppe diy hq suv suvs q&a q&as r&d m&a p&l b&b g&t f&b a&e c&w r&r t&cs ko kos tko tkos`)

// furniture words come from captions and page furniture ("View gallery").
var furniture = setOf(`view gallery pictured picture pictures photo photos photograph
image images credit credits getty shutterstock alamy advertisement share read more click
video watch comments scroll caption inset above below left right top bottom centre center
file source sources update updated exclusive breaking live`)

// pronouns and other function words are never actors.
var pronouns = setOf(`i me my mine we us our ours you your yours he him his she her hers it its
they them their theirs one who whom whose this that these those someone somebody anyone
anybody everyone everybody nobody none himself herself themselves itself myself ourselves`)

// commonCapitalised are words often capitalised at the start of a
// sentence or in headlines that a tagger may take for names.
var commonCapitalised = setOf(`the a an and but or so yet if when while as at in on of for to
from by with after before since until meanwhile however yesterday today also although though
there here this that these those it he she they we you i his her their our my its then now
earlier later last next this first second third new old speaking asked according despite
instead indeed still just even only both each every all some many most more less much no not
never always sadly happily fortunately unfortunately thankfully curiously oddly sources
insiders friends critics fans officials police shares stocks analysts investors mr mrs ms
dr sir dame lord lady how why what where which who whom whose well oh ah yes hello hi dear
please thanks thank perhaps maybe surely clearly hopefully interestingly notably separately
elsewhere overall altogether nevertheless nonetheless furthermore moreover besides anyway
tory tories labour unlike like despite during following including among amid amidst without
within against towards toward through across behind beyond under over about around above
below beneath beside besides between except inside outside per plus via upon onto into`)

// nationalityAdjectives are common adjectives of nationality or region;
// alone, they name no actor.
var nationalityAdjectives = setOf(`british english scottish welsh irish northern american
french german italian spanish portuguese dutch belgian swiss austrian swedish norwegian
danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek turkish
russian ukrainian belarusian chinese japanese korean indian pakistani bangladeshi afghan
iranian iraqi syrian lebanese israeli palestinian saudi egyptian libyan moroccan algerian
tunisian nigerian kenyan ethiopian ghanaian african australian canadian mexican
brazilian argentine argentinian chilean colombian peruvian venezuelan cuban jamaican
european asian african arab western eastern latin nordic scandinavian baltic balkan
brit brits yankee kiwi aussie welshman scot scots englishman frenchman muslim christian
jewish catholic protestant hindu sikh buddhist anglo-saxon emirati qatari kuwaiti
thai vietnamese indonesian malaysian filipino singaporean taiwanese mongolian somali sudanese
congolese rwandan ugandan zimbabwean zambian tanzanian senegalese cameroonian ivorian angolan
mozambican namibian botswanan malawian eritrean yemeni omani jordanian bahraini kurdish
armenian georgian azerbaijani kazakh uzbek turkmen tajik kyrgyz nepalese lankan burmese
cambodian laotian bolivian paraguayan uruguayan ecuadorian haitian dominican rican
croatian serbian bosnian slovenian macedonian albanian montenegrin kosovan lithuanian latvian
estonian maltese cypriot luxembourgish monegasque andorran liechtensteiner
briton spaniard swede turk kurd texan catalan basque dutchman irishman scotsman dutchmen
irishmen scotsmen welshmen englishmen frenchmen frenchwoman englishwoman irishwoman
scotswoman welshwoman dutchwoman`)

// particles may stand inside a surname (Ursula von der Leyen).
var particles = setOf(`de del della dal der den di da dos das du la le van von ter ten bin binti bint ibn al el y zu st`)

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lenFilter is a quick pre-test of membership in a word set: bit n of
// f[c] is set when the set has a word of first byte c and n bytes (31:
// 31 or more). A word whose bit is clear is surely not in the set, which
// spares most words of a text the map lookup.
type lenFilter [256]uint32

func lenFilterOf[V any](set map[string]V) *lenFilter {
	f := new(lenFilter)
	for w := range set {
		if w != "" {
			f[w[0]] |= 1 << min(len(w), 31)
		}
	}
	return f
}

// mayHave reports whether w may be in the set.
func (f *lenFilter) mayHave(w string) bool {
	return w == "" || f[w[0]]&(1<<min(len(w), 31)) != 0
}

// lowerKey returns w lower-cased with a trailing full stop removed.
func lowerKey(w string) string {
	return strings.ToLower(strings.TrimSuffix(w, "."))
}

// appendLowerKey appends the bytes of lowerKey(w) to dst. A rule that
// reads a name's word against word lists converts them with string() in
// place, which for a short key neither escapes nor allocates, where
// lowerKey makes a new string of every capitalised word.
func appendLowerKey(dst []byte, w string) []byte {
	return lower.Append(dst, strings.TrimSuffix(w, "."))
}

// foldEndsASCII reports whether lowerKey(w) may have n bytes or more and
// end in suffix a or b (in lower-case ASCII): false only when surely not,
// which is told without lower-casing for a word in ASCII.
func foldEndsASCII(w string, n int, a, b string) bool {
	w = strings.TrimSuffix(w, ".")
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true // lower-casing may change the length: not told here
		}
	}
	if len(w) < n {
		return false
	}
	return len(w) >= len(a) && strings.EqualFold(w[len(w)-len(a):], a) || len(w) >= len(b) && strings.EqualFold(w[len(w)-len(b):], b)
}

// keyOf returns lowerKey(t.text), which a word token holds already.
func keyOf(t *tok) string {
	if t.word {
		return t.lower
	}
	return lowerKey(t.text)
}

// inSetFold is set[lowerKey(w)], without making the lower-case string
// when w is a short ASCII word.
func inSetFold(set map[string]bool, w string) bool {
	w = strings.TrimSuffix(w, ".")
	var buf [32]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

// foldSet is a word set asked in any case (inSetFold) often enough to
// keep a filter of its words' hashes, which tells most words that are
// not in it without the map.
type foldSet struct {
	m map[string]bool
	f hashFilter
}

func newFoldSet(m map[string]bool) *foldSet {
	s := &foldSet{m: m}
	for w := range m {
		s.f.add(fnv32(w))
	}
	return s
}

// has returns inSetFold(s.m, w).
func (s *foldSet) has(w string) bool {
	w = strings.TrimSuffix(w, ".")
	var buf [32]byte
	if len(w) > len(buf) {
		return s.m[strings.ToLower(w)]
	}
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return s.m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
		h = (h ^ uint32(c)) * fnvPrime
	}
	return s.f.mayHave(h) && s.m[string(buf[:len(w)])]
}

// placeWordsFold and orgWordsFold ask placeWords and orgWords, which
// the rules ask of every word of many names.
var (
	placeWordsFold = newFoldSet(placeWords)
	orgWordsFold   = newFoldSet(orgWords)
)

// isRoleHead reports whether w is a role head noun.
func isRoleHead(w string) bool {
	var buf [32]byte
	return isRoleHeadL(string(appendLowerKey(buf[:0], w)))
}

// isRoleHeadL is isRoleHead of a word already lower-cased by lowerKey.
func isRoleHeadL(l string) bool {
	if roleHeadsLen.mayHave(l) && roleHeads[l] {
		return true
	}
	// "director-general", "ex-chancellor", "co-founder".
	if i := strings.LastIndexByte(l, '-'); i > 0 && i+1 < len(l) {
		return roleHeads[l[i+1:]] || roleHeads[l[:i]] && roleModifiers[l[i+1:]]
	}
	return false
}

var roleHeadsLen = lenFilterOf(roleHeads)

// isRoleNoun reports whether w is a role head noun or its plural ("MPs",
// "ministers"); plurals only describe groups, never name anyone.
func isRoleNoun(w string) bool {
	var buf [32]byte
	return isRoleNounL(string(appendLowerKey(buf[:0], w)))
}

func isRoleNounL(l string) bool {
	return isRoleHeadL(l) || strings.HasSuffix(l, "s") && len(l) >= 3 && roleHeads[l[:len(l)-1]]
}

// isNoiseWord reports whether a single word can never be a name.
func isNoiseWord(w string) bool {
	var buf [32]byte
	return isNoiseL(string(appendLowerKey(buf[:0], w)))
}

// isNoiseL is isNoiseWord of a word already lower-cased by lowerKey.
func isNoiseL(l string) bool {
	return listsOf(l)&noiseLists != 0 || isNationalityL(l)
}

// wordLists is a set of the closed word lists above (and of some in
// evidence.go), as bits.
type wordLists uint16

const (
	inCalendar wordLists = 1 << iota
	inFurniture
	inPronouns
	inHonorifics // honorificsLower
	inCommonCapitalised
	inRoleModifiers
	inDocumentHeads
	inTimeZones
	inCommonAbbreviations
	inParties
	inMediaNouns
	inBusinessNouns
	inOutletNouns
	inOrgFollowers
	inMarketVerbs

	// noiseLists are isNoiseL's lists (with the nationalities).
	noiseLists = inCalendar | inFurniture | inPronouns | inHonorifics
)

// wordListIndex gives the lists each listed lower-case word is in, so
// that a rule asking about several lists looks a word up once.
var wordListIndex = func() map[string]wordLists {
	m := make(map[string]wordLists)
	add := func(bit wordLists, set map[string]bool) {
		for w := range set {
			m[w] |= bit
		}
	}
	add(inCalendar, calendar)
	add(inFurniture, furniture)
	add(inPronouns, pronouns)
	add(inHonorifics, honorificsLower)
	add(inCommonCapitalised, commonCapitalised)
	add(inRoleModifiers, roleModifiers)
	add(inDocumentHeads, documentHeads)
	add(inTimeZones, timeZones)
	add(inCommonAbbreviations, commonAbbreviations)
	add(inMediaNouns, mediaNouns)
	add(inBusinessNouns, businessNouns)
	add(inOutletNouns, outletNouns)
	add(inOrgFollowers, orgFollowers)
	add(inMarketVerbs, marketVerbs)
	for w := range parties {
		m[w] |= inParties
	}
	return m
}()

// listsOf returns the lists that have the lower-case word l.
func listsOf(l string) wordLists { return wordListIndex[l] }

// honorificsLower holds the titles in lower case.
var honorificsLower = func() map[string]bool {
	m := make(map[string]bool, len(honorifics))
	for h := range honorifics {
		m[strings.ToLower(h)] = true
	}
	return m
}()

// isNationality reports whether w is an adjective of nationality, also in
// forms such as "Anglo-French" or "Franco-German".
func isNationality(w string) bool {
	var buf [32]byte
	return isNationalityL(string(appendLowerKey(buf[:0], w)))
}

func isNationalityL(l string) bool {
	if nationalityAdjectives[l] || strings.HasSuffix(l, "s") && nationalityAdjectives[l[:len(l)-1]] {
		return true // also the plural: "Somalis", "Brits"
	}
	if i := strings.LastIndexByte(l, '-'); i > 0 {
		// "Anglo-French", "German-US", "Sino-US", "US-UK".
		last := l[i+1:]
		return nationalityAdjectives[last] || countryAbbreviations[last] && nationalityPart(l[:i])
	}
	return false
}

// countryAbbreviations stand for countries and unions in compounds such
// as "German-US" or "US-UK".
var countryAbbreviations = setOf(`us uk eu un usa uae`)

// combiningForms join nationalities in compounds: "Sino-US", "Franco-German".
var combiningForms = setOf(`anglo franco sino indo afro euro russo italo hispano austro`)

// nationalityPart reports whether l, the part of a compound before its
// last hyphen, names a nationality ("german", "sino", "us", "anglo-irish").
func nationalityPart(l string) bool {
	return nationalityAdjectives[l] || countryAbbreviations[l] || combiningForms[l] || isNationalityL(l)
}
