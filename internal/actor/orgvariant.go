package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// An organisation goes by several names: "the Conservative Party", "the
// Conservatives", "the Tories"; "the Liberal Democrats", "the Lib Dems".
// orgCanon gives the names of a party one key, and clippedOf tells a
// clipped form from its long name; the story (actors) and the archive
// (Registry) both merge by them.

// partyNicknames are widely known other names of major parties, folded,
// each with the folded canonical key of the party (see orgCanon). It is
// world knowledge kept deliberately short: only names that no rule could
// derive from the party's own name.
var partyNicknames = map[string]string{
	"tory":            "conservative",
	"tories":          "conservative",
	"gop":             "republican",
	"grand old party": "republican",
}

// orgCanon returns a key shared by the usual names of one party, or ""
// when name is no such name: "Conservative Party", "Conservatives",
// "the Conservative party" and "Tories" all give "conservative";
// "Democratic Party" and "Democrats" give "democrat". A name is a
// party's when it ends in "Party" or is a plural of members: its last
// word a plural whose singular is a member noun ("Republicans",
// "Socialists", "Liberal Democrats", "Greens").
func orgCanon(name string) string { return canonOfFold(foldKey(name)) }

// canonOfFold is orgCanon of a folded name; names that are no party's
// cost no allocation.
func canonOfFold(f string) string {
	f = strings.TrimPrefix(f, "the ")
	if k, ok := partyNicknames[f]; ok {
		return k
	}
	sp := strings.LastIndexByte(f, ' ')
	last := f[sp+1:]
	var k string
	switch {
	case last == "party" && sp > 0:
		k = f[:sp]
		if l := len(k); l > 5 && strings.HasSuffix(k, "atic") {
			k = k[:l-2] // "Democratic Party": the Democrats'
		}
	case memberPlural(last):
		k = f[:len(f)-1]
	default:
		return ""
	}
	if strings.Count(k, " ") > 3 {
		return ""
	}
	if n, ok := partyNicknames[k]; ok {
		return n
	}
	return k
}

// memberPlural reports whether w (folded) is a plural noun for the
// members of a party or movement: "conservatives", "republicans",
// "democrats", "socialists", "liberals", "greens", "dems".
func memberPlural(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	s := w[:len(w)-1]
	if _, ok := parties[s]; ok {
		return true
	}
	for _, suf := range memberSuffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// memberSuffixes end nouns for a party's members ("Conservative",
// "Republican", "Democrat", "Socialist", "Liberal", "Dem").
var memberSuffixes = []string{"ive", "ican", "crat", "ist", "eral", "dem"}

// clippedOf reports whether short is a clipped form of long, both folded
// names of the same number of words (two or more): each word of short is
// long's word or a clipped form of it (clippedWord), and at least one is
// clipped ("lib dems" of "liberal democrats", "man utd" of "manchester
// united").
func clippedOf(short, long string) bool {
	s, l := strings.Fields(short), strings.Fields(long)
	if len(s) < 2 || len(s) != len(l) {
		return false
	}
	clipped := false
	for i := range s {
		if s[i] == l[i] {
			continue
		}
		if !clippedWord(s[i], l[i]) {
			return false
		}
		clipped = true
	}
	return clipped
}

// clippedWord reports whether the folded word a is a clipped form of b: of
// three letters or more, shorter, and b's beginning ("lib" of "liberal")
// or b's first and last letters with letters of b between in order
// ("utd" of "united"), a final plural "s" on both set aside ("dems" of
// "democrats").
func clippedWord(a, b string) bool {
	if len(a) > 3 && len(b) > 3 && strings.HasSuffix(a, "s") && strings.HasSuffix(b, "s") {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) < 3 || len(a) >= len(b) || strings.IndexByte(b, '-') >= 0 {
		return false // a hyphened word is a compound: "foundation-kazakhstan"
	}
	if strings.HasPrefix(b, a) && demonymEndings[b[len(a):]] {
		return false // "south african" is of South Africa, not a short form
	}
	// A contraction keeps the first and last letters ("utd", "govt"); a
	// word that only shares letters is another word ("news" in
	// "newcastle").
	return strings.HasPrefix(b, a) || a[0] == b[0] && a[len(a)-1] == b[len(b)-1] && subsequence(a, b)
}

// subsequence reports whether the bytes of a appear in b in order.
func subsequence(a, b string) bool {
	j := 0
	for i := 0; i < len(b) && j < len(a); i++ {
		if b[i] == a[j] {
			j++
		}
	}
	return j == len(a)
}

// clipKey returns the initials of a folded name of two or more words,
// the bucket in which clipped forms and long names meet ("lib dems" and
// "liberal democrats": "l d"), or "".
func clipKey(fold string) string {
	w := strings.Fields(fold)
	if len(w) < 2 || len(w) > 5 {
		return ""
	}
	b := make([]byte, 0, 2*len(w))
	for i, x := range w {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, x[0])
	}
	return string(b)
}

// sameOrg reports whether two folded names of organisations name one
// body: the same party key, or one a clipped form of the other.
func sameOrg(a, b string) bool {
	if sameCanon(a, canonOfFold(a), b, canonOfFold(b)) {
		return true
	}
	return clippable(a, b) && (clippedOf(a, b) || clippedOf(b, a))
}

// opensOrgName reports whether the one-word name w (folded) opens the
// longer folded name long of the same firm or club: the rest of long is
// only words for a company's form or trade ("bluewake" of "bluewake
// ferries", "newcastle" of "newcastle united"), not a product, a part or
// an offshoot ("Nintendo DS", "Treasury Select Committee", "Liverpool
// Echo", "Sony Pictures").
func opensOrgName(w, long string) bool {
	if len(long) <= len(w)+1 || !strings.HasPrefix(long, w) || long[len(w)] != ' ' {
		return false
	}
	for _, x := range strings.Fields(long[len(w)+1:]) {
		if !companyForms[x] {
			return false
		}
	}
	return true
}

// firmStem returns the folded name of a firm without the trailing words
// of its form or trade ("lenovo" of "lenovo group", "bluewake" of
// "bluewake ferries"), or "" when there are none or nothing else. Club
// words are kept: "Manchester United" and "Manchester City" share no
// stem.
func firmStem(fold string) string {
	end := len(fold)
	for {
		sp := strings.LastIndexByte(fold[:end], ' ')
		if sp <= 0 {
			break
		}
		w := fold[sp+1 : end]
		if !companyForms[w] || clubWords[w] {
			break
		}
		end = sp
	}
	if end == len(fold) {
		return ""
	}
	stem := fold[:end]
	if strings.IndexByte(stem, ' ') < 0 && (thingNoise(stem) || orgWords[stem] || strongOrgWords[stem] ||
		wordCasing(stem) != nlp.CasingUpper && wordCasing(stem) != nlp.CasingUnknown || slices.Contains(knownTypes(titleCase(stem)), "LOC")) {
		// "British Airways", "General Motors", "United Breweries",
		// "Japan Airlines": a common word, a body's head noun or a
		// place is no firm.
		return ""
	}
	return stem
}

// clubWords among companyForms say a club, which a place's name opens.
var clubWords = setOf(`fc afc united rovers athletic wanderers albion`)

// companyForms are words after a firm's or club's own name that say only
// its legal form, its trade or that it is a club.
var companyForms = setOf(`plc ltd inc llc corp corporation company co group holdings airways airlines
ferries trains buses rail motors cars auto autos pharma pharmaceuticals foods energy oil gas petroleum
steel telecom telecoms communications electronics technologies technology systems software networks
insurance investments securities capital finance financial resources mining minerals industries
international worldwide logistics hotels resorts brewery breweries beverages stores supermarkets
retail brands labs laboratories dairies chemicals brewing distillers bank partners equity ventures
associates properties developments enterprises solutions products shipping publishers fc afc united
rovers athletic wanderers albion`)

// partyName reports whether the folded name of a thing, of party key
// canon (canonOfFold), is a party's with a word of the parties lexicon,
// "Party" or a nickname in it ("Lib Dems", "Conservatives", "Labour
// Party", "Tories"): it names an organisation whatever the tagger read
// it as.
func partyName(fold, canon string) bool {
	if canon == "" {
		return false
	}
	if strings.HasSuffix(fold, " party") {
		return true
	}
	if _, ok := partyNicknames[strings.TrimPrefix(fold, "the ")]; ok {
		return true
	}
	for _, w := range strings.Fields(canon) {
		if _, ok := parties[w]; ok {
			return true
		}
	}
	return false
}

// orgName is an organisation of a story with its folded name, party key
// and number of spaces.
type orgName struct {
	c           *cluster
	fold, canon string
	words       int // spaces in fold
}

// mergeOrgVariants joins the organisations of a story that are one body
// under two names (the same party key, or one a clipped form of the
// other), the later into the earlier, and a one-word organisation into
// the one longer organisation of the story whose name it opens
// (opensOrgName: "Bluewake" into "Bluewake Ferries"), unless a person of
// the story bears the word or it is written in capitals ("BBC" is not
// short for "BBC Sport"), and a team's town read as a body into the
// team's full name (teamOf). folds are the folded names of order. The
// merged actor is named by its most used name, as any other.
func (st *story) mergeOrgVariants(order []*cluster, folds []string) {
	var buf [32]orgName
	orgs := buf[:0]
	var obuf [32]int
	others := obuf[:0] // things the tagger did not call bodies
	for i, c := range order {
		if len(c.mentions) == 0 || c.kind == Person {
			continue
		}
		canon := canonOfFold(folds[i])
		if c.kind != Org && partyName(folds[i], canon) {
			c.kind = Org
		}
		if c.kind == Org {
			orgs = append(orgs, orgName{c, folds[i], canon, strings.Count(folds[i], " ")})
		} else {
			others = append(others, i)
		}
	}
	// "Man Utd" read as a place or a thing is a clipped form of the
	// story's one "Manchester United".
	for _, i := range others {
		f := folds[i]
		n := strings.Count(f, " ")
		if n == 0 {
			continue
		}
		var into *cluster
		for _, a := range orgs {
			if a.words == n && a.fold[0] == f[0] && a.fold != f && clippedOf(f, a.fold) {
				if into != nil {
					into = nil
					break
				}
				into = a.c
			}
		}
		if into != nil {
			into.absorb(order[i])
		}
	}
	for j := range orgs {
		b := &orgs[j]
		for i := range j {
			a := &orgs[i]
			if a.c == nil {
				continue
			}
			if (a.canon != "" || b.canon != "") && sameCanon(a.fold, a.canon, b.fold, b.canon) ||
				a.words == b.words && a.words > 0 && a.fold[0] == b.fold[0] && (clippedOf(a.fold, b.fold) || clippedOf(b.fold, a.fold)) {
				a.c.absorb(b.c)
				b.c = nil
				break
			}
		}
	}
	for j := range orgs {
		b := &orgs[j]
		if into := st.teamOf(b.fold, j, orgs); b.c != nil && into != nil {
			into.absorb(b.c) // "Corran City" beating someone, beside "the Corran City Herons" (team.go)
			b.c = nil
		}
		if b.c == nil || b.words > 0 {
			continue
		}
		if into := firmOf(b.fold, isAllCaps(b.c.mentions[0].name[0]), false, j, orgs); into != nil && !st.personWord(b.fold) {
			into.absorb(b.c)
			b.c = nil
		}
	}
	// "Centerbridge" read as a place beside "Centerbridge Partners", when
	// the model knows no place of that name.
	for _, i := range others {
		c := order[i]
		if len(c.mentions) == 0 || strings.IndexByte(folds[i], ' ') >= 0 {
			continue
		}
		if into := firmOf(folds[i], isAllCaps(c.mentions[0].name[0]), true, -1, orgs); into != nil && !st.personWord(folds[i]) && !slices.Contains(knownTypes(c.mentions[0].name[0]), "LOC") {
			into.absorb(c)
		}
	}
}

// firmOf returns the one organisation among orgs, other than orgs[self],
// whose name the one folded word w opens and ends only in words of a
// firm's form or trade (opensOrgName), or nil. A word in capitals opens
// only names that add a legal form ("SSP Group", not "BBC Worldwide" or
// "BBC Sport"); with notClub, club words do not count ("Manchester" the
// place is not short for Manchester United).
func firmOf(w string, caps, notClub bool, self int, orgs []orgName) *cluster {
	if orgWords[w] || strongOrgWords[w] {
		return nil // "United", "News": a head noun, not a firm's own name
	}
	var into *cluster
	for i, a := range orgs {
		if i == self || a.c == nil || !opensOrgName(w, a.fold) {
			continue
		}
		rest := a.fold[len(w)+1:]
		if caps && !onlyWordsOf(rest, legalForms) || notClub && !noneOf(rest, clubWords) {
			continue
		}
		if into != nil {
			return nil
		}
		into = a.c
	}
	return into
}

// demonymEndings turn a place's name into its people's or adjective
// ("Korea", "Korean"; "Japan", "Japanese").
var demonymEndings = setOf(`n an ian ns ans ians ese ish i is`)

// legalForms are words for a company's legal form.
var legalForms = setOf(`plc ltd inc llc corp corporation company co group holdings`)

// onlyWordsOf reports whether every word of s is in set.
func onlyWordsOf(s string, set map[string]bool) bool {
	for _, w := range strings.Fields(s) {
		if !set[w] {
			return false
		}
	}
	return true
}

// noneOf reports whether no word of s is in set.
func noneOf(s string, set map[string]bool) bool {
	for _, w := range strings.Fields(s) {
		if set[w] {
			return false
		}
	}
	return true
}

// sameCanon reports whether two folded names with their party keys
// (canonOfFold) name one party: the same key, or one's key the other's
// name ("Labour Party" and "Labour").
func sameCanon(a, ca, b, cb string) bool {
	return ca != "" && (ca == cb || ca == b) || cb != "" && cb == a
}

// clippable reports whether two folded names could be one a clipped form
// of the other: different, of the same number of words, two or more,
// starting with the same letter.
func clippable(a, b string) bool {
	n := strings.Count(a, " ")
	return n > 0 && a != b && a[0] == b[0] && n == strings.Count(b, " ")
}

// personWord reports whether a person of the story has the folded word w
// in a name.
func (st *story) personWord(w string) bool {
	for _, c := range st.clusters {
		for _, m := range c.mentions {
			for _, x := range m.name {
				if strings.EqualFold(x, w) {
					return true
				}
			}
		}
	}
	return false
}

// nounFirst names a by its most used alias when its name is a one-word
// singular whose plural the lexicon knows as a name, an adjective of the
// body rather than its name ("Tory", also "Tories" and "Conservative
// Party").
func nounFirst(a *Actor) {
	if !adjectiveForm(a.Name) {
		return
	}
	for i, al := range a.Aliases {
		if !adjectiveForm(al) {
			a.Name, a.Aliases[i] = al, a.Name
			return
		}
	}
}

// adjectiveForm reports whether name is one word with a plural the
// lexicon knows as a name ("Tory": "Tories", "Democrat": "Democrats").
func adjectiveForm(name string) bool {
	return strings.IndexByte(name, ' ') < 0 && hasPlural(name) && wordCasing(strings.ToLower(pluralOf(name))) == nlp.CasingUpper
}

// ownTitle reports whether a mention of c is written after "The" with a
// capital inside a sentence ("both The Independent and The Times"): the
// name is a title of its own, not short for a longer name ending with it
// ("Financial Times").
func (st *story) ownTitle(c *cluster) bool {
	for _, m := range c.mentions {
		toks := st.doc(m.para).toks
		if k := m.s - 1; k >= 0 && k < len(toks) && toks[k].text == "The" && !toks[k].sentStart {
			return true
		}
	}
	return false
}

// partyWordsOnly reports whether a name is only words of a party's name
// or clipped forms of them ("Lib Dem" in "Lib Dem leader Charles
// Kennedy"), which a tagger may read as a person's name: it names no
// person.
func partyWordsOnly(full string) bool {
	first, rest, ok := strings.Cut(full, " ")
	if !ok {
		return false
	}
	if !inSetFold(partyWords, first) {
		return false
	}
	name := strings.Fields(rest)
	if len(name) > 2 {
		return false
	}
	for _, w := range name {
		var kb [32]byte
		l := string(appendLowerKey(kb[:0], w))
		if _, ok := parties[l]; ok {
			continue
		}
		clipped := false
		for k := range parties {
			if clippedWord(l, k) {
				clipped = true
				break
			}
		}
		if !clipped {
			return false
		}
	}
	return true
}

// partyWords are the words of the parties lexicon, as a set.
var partyWords = func() map[string]bool {
	m := make(map[string]bool, len(parties))
	for w := range parties {
		m[w] = true
	}
	return m
}()

// partyKeysByLength are the words of the parties lexicon, shortest first
// (then alphabetically), so that a clipped word is spelled out the same
// way every time ("dem" is "democrat", not "democratic").
var partyKeysByLength = func() []string {
	ks := make([]string, 0, len(parties))
	for w := range parties {
		ks = append(ks, w)
	}
	slices.SortFunc(ks, func(a, b string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(a, b)
	})
	return ks
}()

// partyUnclipped returns the party word that the lower-case word w of
// three or four letters clips ("lib": "liberal", "dem": "democrat"), or
// "".
func partyUnclipped(w string) string {
	if len(w) < 3 || len(w) > 4 {
		return ""
	}
	for _, k := range partyKeysByLength {
		if len(k) > len(w) && strings.HasPrefix(k, w) {
			return k
		}
	}
	return ""
}
