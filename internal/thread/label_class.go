package thread

import (
	"math"
	"strings"
)

// A thread label is a name and a topic noun ("HSBC shares", "Zoe Ball
// breakfast show"), or just a name: never a name and an adjective, an
// adverb or a verb ("awful", "hardest", "speaking", "means"). The checks
// here add to the story-wide evidence of roles: closed lists of common
// words that are seldom nouns, comparative and superlative forms,
// hyphenated modifiers, and how the thread itself uses each candidate
// (before "than", only ever in front of another noun).

// Figures, data and surveys "show" what a report is about ("new
// figures show one in five pupils was absent"): after such a noun
// "show" is a verb, however often the story has a show to report.

// dataNouns are the nouns of figures and findings that "show" things.
var dataNouns = toSet(`figures data statistics numbers research survey surveys poll polls study studies results records minutes accounts documents papers estimates analysis findings`)

// dataShow reports whether w is "show" or "shows" (by its stem: no
// look-up for the other words).
func dataShow(w word) bool {
	return w.stem == "show" && len(w.surface) <= len("shows")
}

// degreeWords grade an adjective: "pretty acute", "very proud".
var degreeWords = toSet(`very pretty too rather quite extremely increasingly fairly highly incredibly`)

// use records what one use of a one-word candidate says about its class.
func (c *cand) use(ws []word, i int) {
	w := ws[i]
	if i > 0 && w.joined && wordIn(degreeWords, ws[i-1]) && (i+1 >= len(ws) || !ws[i+1].joined || ws[i+1].stop) {
		c.degrees++ // after a word of degree, before no noun: "were pretty acute", "very proud of"
		return
	}
	if i+1 >= len(ws) || !ws[i+1].joined {
		return
	}
	next := ws[i+1]
	switch {
	case i > 0 && w.joined && dataShow(w) && wordIn(dataNouns, ws[i-1]):
		c.verbs += 2 // "figures show", "data shows": surely a verb, which outweighs a use that shows nothing either way
	case next.stem == "than" && strings.HasSuffix(w.surface, "er"):
		c.than++ // "smaller than", not "a smaller loss than"
	case next.stem == "to" && roleKey(w)%2 == 1 && !w.afterA && (i == 0 || ws[i-1].lex&lexDet == 0):
		c.verbs++ // "tends to": a verb (not "the plans to")
	case !next.stop && !next.name && !next.upper && next.lex&lexFigure == 0:
		c.mods++ // in front of a lower-case content word: a modifier
	case roleKey(w)%2 == 1 && !w.afterA && i > 0 && w.joined && ws[i-1].name && (next.stop || next.name):
		c.verbs++ // a name, then an -s form and no noun: "Souness reopens the"
	}
}

// nounness scales the score of the term candidate c by how much it reads
// as a noun or noun phrase: 1 for a plain noun, near 0 for a word that is
// not one.
func (lb *labeler) nounness(c *cand) float64 {
	head := c.words[len(c.words)-1]
	f := lb.roles.nounFactor(head)
	if len(c.words) > 1 {
		// a phrase used as such is a compound noun more often than
		// not: its evidence counts for less
		f = math.Sqrt(f)
	}
	if !lb.nounUse(head) && neverNoun(head) {
		f *= neverNounWeight // "shed", "steep", "hear": see label_pos.go
	}
	kind := lb.kind(head)
	if kind&kindNotNoun != 0 {
		f *= 0.1
	}
	if kind&kindIng != 0 && !lb.nounUse(head) && !ingNoun(head) {
		f *= 0.35 // a verb's -ing form, unless the story uses it as a noun or it is one (label_ingnoun.go)
	}
	if head.lex&lexAdjective != 0 && (!lb.nounUse(head) || sureAdjective(head.surface)) {
		f *= 0.45 // ends like an adjective ("financial") and no noun use
	}
	if len(c.words) == 1 {
		if c.than > 0 {
			f *= 0.1 // "smaller than": a comparative
		}
		if c.mods == c.count && !lb.nounUse(head) {
			f *= 0.8 // only ever a modifier: "maiden dividend"
		}
		if 2*c.verbs > c.count {
			f *= 0.2 // mostly used as a verb: "tends to"
		}
		if 2*c.degrees > c.count {
			f *= 0.2 // mostly graded, an adjective: "pretty acute"
		}
		if c.mods == c.count && strings.IndexByte(head.surface, '-') > 0 {
			f *= 0.3 // a hyphenated modifier: "itsy-bitsy bikini"
		}
		if c.lowers == 0 {
			f *= 0.6 // only ever opens a sentence: maybe a name
		}
		return f
	}
	// a phrase opened by a verb is no noun phrase ("raise funds"); an
	// -ing form may lead one ("working adults")
	if lb.kind(c.words[0])&kindVerb != 0 {
		f *= 0.3
	}
	if n := len(c.words); dataShow(head) && wordIn(dataNouns, c.words[n-2]) {
		f *= 0.2 // "figures show": a clause, no noun phrase
	}
	return f
}

// Kinds of a word, as kind finds them.
const (
	kindKnown   uint8 = 1 << iota // worked out (the memo's zero is unknown)
	kindNotNoun                   // seldom a noun (notNoun)
	kindVerb                      // a verb, adverb or the like: leads no noun phrase
	kindIng                       // ends in -ing
)

// kind returns the kinds of w, taken once per story for each stem and
// plain -s ending (roleKey): the first surface met stands for the
// others. The lexicon has worked out the kinds of each word (w.kind, as
// wordKind(w.surface) gives them).
func (lb *labeler) kind(w word) uint8 {
	k := roleKey(w)
	if k >= len(lb.kinds) {
		return w.kind
	}
	if lb.kinds[k] == 0 {
		lb.kinds[k] = w.kind
	}
	return lb.kinds[k]
}

// wordKind returns the kinds of the word whose surface is s.
func wordKind(s string) uint8 {
	var buf [32]byte
	return lowerKind(appendLower(buf[:0], s))
}

// lowerKind returns the kinds of the lower-case word lower.
func lowerKind(lower []byte) uint8 {
	k := kindKnown
	if notNoun(lower) {
		k |= kindNotNoun
	}
	ing := len(lower) >= 6 && strings.HasSuffix(string(lower), "ing") // not "king"
	if ing {
		k |= kindIng
	}
	if closedWords[string(lower)]&closedOther != 0 && !ing {
		k |= kindVerb
	}
	return k
}

// nounUse reports whether the story uses w after a determiner or before
// "of", as a noun.
func (lb *labeler) nounUse(w word) bool {
	k := roleKey(w)
	return k < len(lb.roles.nouns) && lb.roles.nouns[k] > 0
}

// usableName reports whether the name candidate c can name a thread: no
// stem twice ("United Leeds United", read across two names) but a name
// that doubles its last word, not only ever a sentence opener taken into
// a name ("Miner" of "Miner Base Resources"), not a nationality used as a
// modifier ("Australian cents").
func usableName(c *cand) bool {
	for i, w := range c.words {
		for j, v := range c.words[:i] {
			// a name may double its last word: "Duran Duran"
			if v.id == w.id && (j != i-1 || i != len(c.words)-1) {
				return false
			}
		}
	}
	if c.openers == c.count && (len(c.words) == 1 || agentNoun(c.words[0].surface)) {
		// only ever a sentence opener run into a name: a trade
		// ("Miner Base Resources"), though a first name may open
		// one too ("Snow Patrol", "Pippa Bennett-Warner")
		return false
	}
	for _, w := range c.words {
		if placeModifier(w.surface) {
			return false // "Oxford-based Tessaly Bio": a modifier of the name after it, no part of it
		}
	}
	if len(c.words) > 1 {
		return true
	}
	return c.mods < c.count || !demonym(c.words[0].surface)
}

// placeModifiers are the participles that make a capitalised word with
// a hyphen a modifier: "Oxford-based", "AIM-listed", "Irish-born",
// "US-owned"; and the agent nouns that make it a descriptor of the name
// after it: "Pie Hut-owner Marlow Foods", "Snap Bar-maker Corvell".
var placeModifiers = [...]string{"-based", "-born", "-listed", "-owned", "-backed", "-bred", "-registered", "-headquartered", "-owner", "-maker"}

// placeModifier reports whether s, a capitalised word, ends in a
// hyphened participle or agent noun of placeModifiers: no name, but a
// modifier of one.
func placeModifier(s string) bool {
	if strings.IndexByte(s, '-') <= 0 {
		return false
	}
	for _, e := range placeModifiers {
		if len(s) > len(e) && strings.EqualFold(s[len(s)-len(e):], e) {
			return true
		}
	}
	return false
}

// agentNoun reports whether a capitalised word ends like a noun naming a
// trade ("Miner", "Distributor", "Chemist", "Consultant").
func agentNoun(s string) bool {
	for _, e := range [...]string{"er", "or", "ist", "ant"} {
		if len(s) > len(e)+2 && strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// demonym reports whether a capitalised word ends like a nationality
// adjective ("Canadian", "Chinese", "Spanish", "Iraqi", "French").
func demonym(s string) bool {
	for _, e := range [...]string{"an", "ese", "ish", "i", "ch"} {
		if len(s) > len(e)+3 && strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// notNoun reports whether the lower-case word is seldom a noun: on a
// closed list, a comparative or superlative, or a hyphenated modifier.
func notNoun(lower []byte) bool {
	if closedWords[string(lower)] != 0 {
		return true
	}
	return superlative(lower) || hyphenModifier(string(lower)) || icAdjective(string(lower))
}

// icAdjective reports whether a word of seven letters or more ends like
// an adjective in -ic, -ar or -ental ("metastatic", "genetic",
// "realistic", "scientific", "economic", "popular", "similar", "familiar",
// "experimental") and is not one of the nouns that end alike.
func icAdjective(s string) bool {
	if len(s) < 7 {
		return false
	}
	for _, e := range [...]string{"atic", "etic", "istic", "ific", "omic", "ular", "ilar", "iar", "ental"} {
		if strings.HasSuffix(s, e) {
			_, noun := icNouns[s]
			return !noun
		}
	}
	return false
}

// superlative reports whether the word ends like a superlative
// ("hardest", "biggest") and is not one of the nouns that end alike.
func superlative(lower []byte) bool {
	if len(lower) < 6 || !strings.HasSuffix(string(lower), "est") {
		return false
	}
	_, noun := estNouns[string(lower)]
	return !noun
}

// hyphenModifier reports whether a hyphenated word is built as a
// modifier: a phrase of three parts or more ("like-for-like"), a first
// part that is a particle or a quantity ("off-limits", "mid-cap",
// "first-half") or a last part that is a participle or makes adjectives
// ("debt-laden", "family-run", "long-term").
func hyphenModifier(s string) bool {
	i := strings.IndexByte(s, '-')
	if i < 0 {
		return false
	}
	j := strings.LastIndexByte(s, '-')
	if strings.Count(s, "-") >= 2 {
		return true
	}
	if _, ok := modifierHeads[s[:i]]; ok {
		return true
	}
	last := s[j+1:]
	if _, ok := modifierTails[last]; ok {
		return true
	}
	return len(last) > 4 && (strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing"))
}

// closedWords holds the words of adjectiveWords, otherWords and
// comparatives, each with the lists it is on.
var closedWords = closedSet(map[string]uint8{
	adjectiveWords: closedAdjective,
	otherWords:     closedOther,
	comparatives:   closedAdjective,
})

// Lists of closedWords.
const (
	closedAdjective uint8 = 1 << iota
	closedOther
)

// closedSet returns the words of each list with the bits of the lists
// they are on.
func closedSet(lists map[string]uint8) map[string]uint8 {
	m := map[string]uint8{}
	for list, bit := range lists {
		for _, f := range strings.Fields(list) {
			m[f] |= bit
		}
	}
	return m
}

// adjectiveWords are common adjectives that name no matter alone,
// whatever the story does with them (they may lead a noun phrase).
const adjectiveWords = `awful terrible horrible dreadful appalling lovely wonderful brilliant fantastic amazing incredible superb excellent perfect gorgeous stunning beautiful pretty ugly nasty
ill sick unwell alive dead asleep awake afraid alone aware glad sorry proud upset angry furious delighted thrilled shocked sad unhappy happy bitter brave calm
cheap costly pricey hefty huge vast enormous tiny massive immense corrupt guilty innocent wary eager keen reluctant willing unwilling able unable fit unfit eligible
maiden interim akimbo badass naked bare shy busy lazy crazy mad weird odd strange bizarre funny silly stupid smart clever wise rich poor sole mere sheer entire overall extra spare additional
fresh ongoing upcoming forthcoming so-called worth unlikely possible impossible sure unsure certain uncertain unclear unknown hard easy difficult tricky tough simple plain obvious evident apparent visible invisible
private personal foreign domestic international global regional federal central upbeat downbeat bullish bearish gloomy rosy buoyant robust resilient sluggish subdued muted volatile jittery nervous cautious
fourth fifth sixth seventh eighth ninth tenth mental digital legal annual fatal brutal vital rural normal formal fiscal moral
optimistic pessimistic confident hopeful doubtful sceptical skeptical serious severe harsh mild fierce intense strong weak wrong true false fake empty dry wet cold hot warm cool quiet loud live online offline
modern ancient forlorn uncut nude nuclear prime ethnic secondary nasal frothy racist sexist agricultural cultural structural marginal verbal racial social dodgy fizzy glossy gutsy black white red blue green yellow orange pink purple grey brown popular similar regular particular familiar peculiar spectacular`

// otherWords are common adverbs, verb forms, prepositions and
// interjections, nouns too vague to name anything, and the particles of
// foreign names: no label takes them.
const otherWords = `ahead abroad away apart aside anyway instead soon maybe indeed nonetheless nevertheless meanwhile overnight twice almost
means depends seems appears becomes includes involves requires allows lets makes takes gives goes comes wants expects believes thinks knows tells asks keeps brings puts gets seeks faces likes insists admits denies vows urges refuses agrees argues
become begin seem appear ensure enable allow involve require remain continue provide consider decide agree argue refuse manage mean depend believe expect raise
explain encourage engage improve reduce prevent protect avoid achieve deliver develop maintain announce introduce remove replace receive reveal respond suggest prove solve accept deny confirm describe discuss identify obtain persuade pursue recognise recognize reject tackle threaten adopt afford apologise apologize arrive attend behave borrow cancel celebrate compete complain consult convince criticise criticize declare defend determine emerge enjoy establish examine exist expand fail flee forgive gather generate handle hesitate hire ignore imagine intend investigate join justify lend mention occur oppose owe perform persist predict prefer prepare pretend proceed prosecute publish qualify quit react realise realize recover rely remind repeat resign resist retire secure seize select settle shrink spend steal strengthen submit succeed suffer survive suspend tend thrive undergo unveil vanish weaken widen withdraw worsen wrought
speaking saying making doing going coming getting taking giving looking working trying seeking facing hoping planning wanting leaving putting keeping helping adding showing becoming remaining growing increasing according regarding considering concerning continuing waiting
died aged axed tied lied owed sued eyed overcame repaid rebuilt underwent oversaw outgrew commit participate dominate demerge
despite amid amidst outside unlike versus plus minus beneath alongside inside atop underneath till whilst albeit unless thanks
goodbye hello bye yes okay wow hey
two kind sort bit quarter half period fallers risers weekend summer winter autumn morning evening afternoon night decade
everybody somebody anybody nobody everyone someone anyone
de du des del della dal dei degli di da dos das la le les el al von van der den`

// icNouns are nouns that end like adjectives in -ic.
var icNouns = toSet(`fanatic lunatic diabetic heretic cosmetic statistic arithmetic`)

// comparatives are common comparative adjectives and adverbs.
const comparatives = `smaller larger bigger wider higher lower greater better worse stronger weaker harder easier faster slower longer shorter cheaper richer poorer older younger newer tougher deeper earlier later closer lesser fewer broader tighter looser safer riskier busier clearer sharper steeper softer firmer healthier happier heavier lighter brighter darker warmer colder hotter quicker simpler bolder calmer costlier pricier narrower smoother rougher wealthier fitter`

// estNouns are nouns (and a few verbs) of six letters or more that end
// like a superlative.
var estNouns = toSet(`interest contest protest request forest harvest conquest inquest manifest priest unrest digest behest bequest tempest midwest northwest southwest everest arrest`)

// modifierHeads open hyphenated modifiers.
var modifierHeads = toSet(`high low clean big small hard off on out up down over under non mid pre post well half all first second third one two three four five six seven eight nine ten full part`)

// modifierTails close hyphenated modifiers.
var modifierTails = toSet(`based led run owned backed listed hit laden free like style term time wide proof friendly safe related linked sized scale level stage old long made spoken known written grown born`)

// isName reports whether c names someone or something: first used as a
// name and not more often in lower case, or else never used in lower
// case (only capitalised at the start of a sentence) and used as a name
// other than as a sentence opener run into one ("Earlier Tony Blair
// said"), or only ever as such an opener ("Snow Patrol", "Miner").
func (c *cand) isName() bool {
	if c.firstName && c.names >= c.lowers {
		return true
	}
	return c.lowers == 0 && (c.names > c.openers || c.openers > 0 && c.openers == c.count)
}

// capsOnly reports whether the one-word candidate c is capitalised in
// all of its two or more uses, each opening a sentence: more likely a
// name than a topic ("Arsenal's ... Arsenal have"), and no term.
func (c *cand) capsOnly() bool {
	return len(c.words) == 1 && c.count >= 2 && c.lowers == 0
}

// hasNameStem reports whether a phrase holds a capitalised word that the
// thread uses as a name: such a phrase is about the name, not a topic of its own
// ("Tatiana purrfect gift" after a sentence break).
func (lb *labeler) hasNameStem(ws []word) bool {
	if len(ws) == 1 {
		return false
	}
	for _, w := range ws {
		if !w.upper {
			continue
		}
		if k, ok := lb.index.get(phraseID{w.id, -1, -1}); ok && lb.cands[k].isName() {
			return true
		}
	}
	return false
}

// free reports whether no word of c has a stem the label already holds.
func free(c *cand, used []bool) bool {
	for _, w := range c.words {
		if used[w.id] {
			return false
		}
	}
	return true
}

// bestFree returns the candidate of cs that byScore puts first among
// those free of the label's stems, or nil.
func bestFree(cs []*cand, used []bool) *cand {
	var best *cand
	for _, c := range cs {
		if free(c, used) && (best == nil || byScore(c, best) < 0) {
			best = c
		}
	}
	return best
}

// sureAdjective reports whether a word ends as only adjectives do
// ("humourless", "glamorous"), whatever determiner stands before it: "a
// humourless presenter" is no noun use.
func sureAdjective(s string) bool {
	l := strings.ToLower(s)
	return strings.HasSuffix(l, "less") || strings.HasSuffix(l, "ous")
}
