package actor

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/nlp"
)

// mention is one reference to an actor in one paragraph.
type mention struct {
	para    int // paragraph index in the story
	order   int // position in the story, in reading order
	s, e    int // token range of the whole mention (title included)
	surface string
	name    []string // the name proper: no title, role or possessive
	hon     string   // honorific or title as written, without a full stop
	kind    string
	typ     string // tagger type, or PER for rule spans
	roles   []string
	affil   string
	ofTitle bool   // the name is a title of place: "Duke of York"
	the     bool   // written with "the": "the Queen"
	roleRef string // set for "the Chancellor": the role it points to
	rule    bool   // found by a rule
	from    int    // first token of the span the mention came from
	pev     int    // context evidence for a person
	weakPev int    // the part of pev a later pronoun or the tagger's probe gave (plainWordsName)
	oev     int    // context evidence for an organisation
	lev     int    // context evidence for a place
	xev     int    // evidence for another kind of thing (a law, a treaty)
	trimmed bool   // trailing description words were cut off
	lead    bool   // a trade noun opening the sentence was cut off ("Oiler")
	key     string // nameKey, once computed
	split   bool   // a title or role was split off the tagged name
	pair    bool   // split from a span of two names joined by "and": the tagger read the whole, not this part
	det     bool   // a plain name after "the", used as a noun (afterThe)
	nick    string // a nickname written in quotes inside the name: "Gareth 'Gaz' Pumfrey"
	born    bool   // a name the person was born with, after ", born" (bornname.go)
	nickArg bool   // born, a nickname after "known … as" that never names its person (bornname.go)
	other   bool   // born, another name given in passing: "Harriet Slade, as she was" (othername.go)
	body    bool   // its own context (not list neighbours) speaks of an organisation
	orgTag  bool   // the tagger read it as an organisation, not before a possessive (lonebody.go)
	hint    int    // hints of a firm, for a place reading (firmHint)
	chamber bool   // read as a deliberative body by its use (chamberEvidence)
	trade   bool   // a trade noun describes the name itself (tradeDescribed)
	bench   string // a judge's title before a lone surname: "Mr Justice" (judgeTitle)
}

// nameKey returns the lower-cased name words joined by spaces.
// The key is computed once: names are final when it is first asked for.
func (m *mention) nameKey() string {
	if m.key == "" {
		// "the Queen" is not "Queen"; "the Glass Menagerie" is "Glass
		// Menagerie".
		if m.ofTitle || m.the && m.kind == Person {
			m.key = strings.ToLower(m.canonical())
		} else {
			m.key = strings.ToLower(strings.Join(m.name, " "))
		}
	}
	return m.key
}

// canonical returns the display form of the mention's name.
func (m *mention) canonical() string {
	n := strings.Join(m.name, " ")
	if t, ok := m.canonicalTitle(); ok {
		return t + " " + n
	}
	return n
}

// canonicalLen returns len(m.canonical()) without making the string.
func (m *mention) canonicalLen() int {
	n := 0
	if t, ok := m.canonicalTitle(); ok {
		n = len(t) + 1
	}
	for i, w := range m.name {
		if i > 0 {
			n++
		}
		n += len(w)
	}
	return n
}

// canonicalTitle returns what canonical writes before the name and a
// space, the title or "the", and whether it writes anything.
func (m *mention) canonicalTitle() (string, bool) {
	switch {
	case m.ofTitle:
		return m.hon, true
	case m.the:
		return "the", true
	case m.bench != "" && len(m.name) == 1:
		return m.bench, true
	case m.hon != "" && len(m.name) == 1:
		switch honorificClass(m.hon) {
		case "royal", "peer", "knight":
			return m.hon, true
		}
	case m.hon != "" && honorificClass(m.hon) == "royal" && len(m.name) == 2 && isRomanNumeral(m.name[1]):
		return m.hon, true
	}
	return "", false
}

func isRomanNumeral(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXL", r) {
			return false
		}
	}
	return true
}

// buildMention turns a span into a mention: it trims possessives and
// punctuation, splits leading titles and roles off the name ("German
// Chancellor Friedrich Merz", "Sir Ed Davey") and sets the kind. It
// returns false when nothing name-like remains.
func buildMention(p *paraDoc, sp span) (mention, bool) {
	toks := p.toks
	s, e := sp.s, sp.e
	for e > s && !toks[e-1].word {
		e--
	}
	for s < e && !toks[s].word {
		s++
	}
	m := mention{para: p.idx, typ: sp.typ, rule: sp.rule, pair: sp.pair}
	if s < e && strings.EqualFold(toks[s].text, "the") {
		m.the = true
		s++
	}
	if s >= e {
		return m, false
	}
	m.s, m.e, m.from = s, e, s
	words := make([]string, 0, e-s)
	idx := make([]int, 0, e-s)
	for k := s; k < e; k++ {
		if n := quotedNickLen(toks, k); toks[k].word && len(words) > 0 && n > 0 && k+n+1 < e {
			// "Gareth 'Gaz' Pumfrey" is Gareth Pumfrey, known as Gaz;
			// "Tommy 'The Tornado' Cartwright" is Tommy Cartwright.
			m.nick = normSpace(p.text[toks[k].start:toks[k+n-1].end])
			k += n - 1
		} else if toks[k].word {
			w := strings.TrimSuffix(toks[k].text, ".")
			if isInitial(w) && k+1 < len(toks) && toks[k+1].text == "." {
				w += "." // "J.K. Rowling" keeps its stops
			}
			words = append(words, w)
			idx = append(idx, k)
		} else if sp.typ != "PER" && len(words) > 0 && possessiveS(&toks[k]) && k+1 < e && toks[k+1].word && toks[k+1].cap {
			// "Sam's Club", "Lloyd's Register": a possessive inside a
			// body's name is part of it.
			words[len(words)-1] += toks[k].text
		} else if ampersandJoin(toks, k, s, e) {
			// "Marks & Spencer", "Merck & Co": the ampersand is part of
			// the name as written.
			words = append(words, "&")
			idx = append(idx, k)
		} else if toks[k].text == "," {
			// "Kell, Ada": surname first, written with a comma.
			if sp.typ == "PER" && len(words) == 1 && e-k-1 == 1 && toks[e-1].cap {
				m.name = []string{toks[e-1].text, words[0]}
				m.kind = Person
				m.surface = normSpace(p.text[toks[s].start:toks[e-1].end])
				return m, true
			}
		}
	}
	// "Singapore-based", "Santa Monica-based Activision", "non-Opec": a
	// modifier made from a name, with what it was made from, is no name.
	if n := dropCompoundLead(words); n > 0 {
		if n == len(words) {
			return m, false
		}
		if sp.typ == "PER" && seatSuffix(words[n-1]) {
			// The tagger read "Santa Monica-based Activision" as a
			// person; a company is based or owned somewhere, and the
			// context may still vote for a person.
			sp.typ, m.typ = "ORG", "ORG"
		}
		words, idx = words[n:], idx[n:]
		s = idx[0]
		m.s, m.from, m.the = s, s, false
	}
	if personification(words) {
		return m, false
	}
	// whole names the thing the words are, as written, whatever the
	// tagger or the title rule said.
	whole := func(kind string) (mention, bool) {
		m.name, m.kind, m.rule = words, kind, false
		m.surface = normSpace(p.text[toks[s].start:toks[e-1].end])
		return m, true
	}
	if kind := titledThing(words); kind != "" {
		// "Prince Edward Theatre", "King Arthur International": a title
		// opens the name of a body or a place.
		return whole(kind)
	}
	if partysOwnName(words) {
		// "Plaid Cymru's Ivo Marsh": the party, not a person (partylead.go).
		return whole(Org)
	}
	// "Lord of the Rings", "Queen of the South": a title before "of the"
	// names a work or a team; no one is "Lord of the …", nor "Prince of
	// Thieves" (titlecase.go).
	if c := honorificClass(words[0]); (c == "royal" || c == "peer") && (len(words) >= 4 && words[1] == "of" && words[2] == "the" || placelessTitle(words)) {
		return whole(Other)
	}
	// "Tory Lord Pelham of Stowe": a party or a nationality before a
	// peer's title with "of" is the peer's role (partylead.go).
	if n, party := leadingTitleAffiliation(words); n > 0 {
		m.roles = append(m.roles, normSpace(p.text[toks[idx[0]].start:toks[idx[n-1]].end]))
		m.affil = party
		words, idx = words[n:], idx[n:]
		s = idx[0]
		m.s = s
	}
	// "the 11th Earl of Wrexcombe": the holder's number in the line is no
	// part of the title.
	if len(words) >= 4 && isOrdinalWord(strings.ToLower(words[0])) && words[2] == "of" {
		if c := honorificClass(words[1]); c == "royal" || c == "peer" {
			words, idx = words[1:], idx[1:]
			s = idx[0]
			m.s = s
		}
	}
	// "Duke of York": a title of place is itself the name.
	if c := honorificClass(words[0]); len(words) >= 3 && (c == "royal" || c == "peer") && words[1] == "of" {
		m.hon = words[0]
		m.ofTitle = true
		m.name = words[1:]
		m.kind = Person
		m.the = false
		m.surface = normSpace(p.text[toks[s].start:toks[e-1].end])
		return m, true
	}
	// "Lord Pelham of Stowe": a peer's territorial designation follows
	// the name the peer is called by (peerage.go).
	if len(words) >= 4 && territorialName(words[0], words[1:]) == 1 {
		m.hon = words[0]
		m.name = words[1:2]
		m.kind = Person
		m.the = false
		m.surface = normSpace(p.text[toks[s].start:toks[e-1].end])
		return m, true
	}
	// Split a leading title or role off: find the last title or role word
	// such that everything after it reads as a person's name.
	split := -1
	for i := len(words) - 2; i >= 0; i-- {
		if isHonorific(words[i]) || rankPart(words, i) || isRoleHead(words[i]) || words[i] == "Justices" && judgeTitle(toks, idx[i]) != "" ||
			i == 0 && len(words) > 2 && givenName(words[1]) && personAgentNoun(&toks[idx[0]]) { // "Rocker Danny Lisle" read whole (agentnoun.go)
			if tailIsName(words[i+1:]) && !givenNameRole(toks, sp, words, i) {
				split = i
			}
			break
		}
		if !nameLike(words[i]) {
			break
		}
	}
	if split >= 0 && sp.typ != "PER" && !sp.rule {
		// The tagger did not call it a person: split only when the role
		// word is a capitalised title and the remainder is name-like; at
		// a role noun that is no title, not before a common word or
		// initials ("Star Wars Episode III" is no star, the "Official UK
		// Singles Chart" no official).
		title := isHonorific(words[split]) || rankPart(words, split) || inSetFold(roleTitles, words[split])
		if !toks[idx[split]].cap || !title && (len(words)-split-1 == 1 || commonWord(words[split+1]) || len(words[split+1]) > 1 && isAllCaps(words[split+1])) {
			split = -1
		}
	}
	if split > 0 && isHonorific(words[split]) && !shortTitle(words[split]) && insideName(&toks[idx[split-1]]) {
		split = -1 // "Sacha Baron Cohen": a title word inside a name
	}
	if split >= 0 {
		pre := words[:split+1]
		if isHonorific(pre[len(pre)-1]) || rankPart(words, len(pre)-1) {
			m.hon = pre[len(pre)-1]
			pre = pre[:len(pre)-1]
			// "Sir" directly after a role: "Labour MP Sir Keir Starmer".
			// "Rt Hon", "the Most Reverend": the style is part of the
			// title, not a role.
			for len(pre) > 0 && (styleWords[strings.TrimSuffix(pre[len(pre)-1], ".")] || isHonorific(pre[len(pre)-1]) || rankPart(words, len(pre)-1)) {
				pre = pre[:len(pre)-1]
			}
		}
		m.bench = judgeTitle(toks, idx[split])
		if len(pre) > 0 && words[split] != "Justices" { // "Lord Justices Harrow and Pell": the title is each one's, no role
			m.roles = append(m.roles, normSpace(p.text[toks[idx[0]].start:toks[idx[len(pre)-1]].end]))
			m.affil = affiliationOf(p, idx[0], idx[len(pre)-1]+1)
		}
		m.s = idx[split+1]
		if m.hon != "" {
			m.s = idx[split]
			if split > 0 && (words[split] == "Seri" || words[split] == "Sri") && rankPart(words, split) {
				m.hon, m.s = words[split-1], idx[split-1] // "Datuk Seri": the honour is the first word's
			}
		}
		words = words[split+1:]
		idx = idx[split+1:]
		m.kind = Person
		m.split = true
	} else {
		switch sp.typ {
		case "PER":
			m.kind = Person
			if slices.Contains(words, "&") {
				// "Procter & Gamble": an ampersand joins the names of
				// partners in a firm, never a person's names.
				m.kind = Org
			}
		case "ORG":
			m.kind = Org
		case "LOC":
			m.kind = Place
		default:
			m.kind = Other
		}
	}
	if m.kind == Person && m.bench == "" && m.hon == "" && len(words) == 1 {
		m.bench = listedBench(toks, idx[0]) // "Pell" of "Lord Justices Harrow and Pell" (andtitle.go)
	}
	// Letters after a name for a seat in a parliament: "Frank Field MP"
	// is the person, with that role; "Plaid Cymru MP" and "Union MPs"
	// name the party.
	if len(words) > 1 && postnominals[words[len(words)-1]] && !m.split {
		last := words[len(words)-1]
		words, idx = words[:len(words)-1], idx[:len(idx)-1]
		e = idx[len(idx)-1] + 1
		m.e = e
		if !strings.HasSuffix(last, "s") && givenName(words[0]) && tailIsName(words[1:]) {
			m.kind = Person
			m.split = true
			m.roles = append(m.roles, last)
		}
	} else if m.kind == Person && e < len(toks) && postnominals[toks[e].text] && !strings.HasSuffix(toks[e].text, "s") {
		m.roles = append(m.roles, toks[e].text) // "Frank Field MP", the letters outside the tagger's name
	}
	if m.the && m.kind == Person && !(len(words) == 1 && isHonorific(words[0])) {
		m.the = false
	}
	if m.the && m.kind == Person {
		// "the Queen": the title is the name.
		m.name = words
		m.surface = "the " + words[0]
		return m, true
	}
	if m.kind == Person && m.hon == "" {
		// Lower-case words a tagger glued on: "motormouth Clarkson".
		for len(words) > 1 && !nameLike(words[0]) {
			words, idx = words[1:], idx[1:]
			m.s = idx[0]
		}
		// A party or a nationality glued on: "Tory Ivo Marsh" (partylead.go).
		if n, party := leadingAffiliation(words); n > 0 {
			words, idx = words[n:], idx[n:]
			m.s = idx[0]
			if m.affil == "" {
				m.affil = party
			}
		}
		// Trailing adjectives: "Exchange-listed", "London-based".
		for len(words) > 0 && !nameLike(words[len(words)-1]) {
			m.trimmed = true
			words, idx = words[:len(words)-1], idx[:len(idx)-1]
			if len(idx) > 0 {
				e = idx[len(idx)-1] + 1
				m.e = e
			}
		}
		// The pronoun "I" after a name addressed: "I said to Ada I want
		// to stay", "told Ada I've" (pronouni.go).
		if len(words) > 1 && (words[len(words)-1] == "I" && e < len(toks) && pronounIVerb(&toks[e]) || pronounIContracted(words[len(words)-1])) {
			words, idx = words[:len(words)-1], idx[:len(idx)-1]
			e = idx[len(idx)-1] + 1
			m.e = e
		}
		if len(words) == 0 {
			return m, false
		}
		if onlyRoleWords(words) && !(len(words) == 1 && givenName(words[0]) && (sp.surname > 0 || sp.typ == "PER" && listedGiven(toks, s, e))) {
			return m, false // not "Dean and Sophie Threlkeld": a given name sharing a surname (sharedsurname.go)
		}
	}
	// A common noun the tagger took in at the end: "Team Vogue T-shirt".
	for len(words) > 1 && letterCompound(words[len(words)-1]) {
		words, idx = words[:len(words)-1], idx[:len(idx)-1]
		e = idx[len(idx)-1] + 1
		m.e = e
	}
	if sp.surname > 0 && len(words) == 1 && m.kind == Person && !isHonorific(words[0]) && (!isRoleHead(words[0]) || givenName(words[0]) && !inSetFold(roleTitles, words[0])) {
		// "Len and Pauline Sowerby" (sharedsurname.go): the surname is
		// added to the name once the mention is built, so that words
		// and their tokens (idx) stay in step above. A role noun the
		// gazetteer knows as a given name is one here: "Dean and Sophie
		// Threlkeld".
		words = append(slices.Clip(words), toks[sp.surname].text)
	}
	m.name = words
	m.surface = normSpace(p.text[toks[m.s].start:toks[e-1].end])
	return m, len(words) > 0
}

// commonWord reports whether the model's lexicon writes w in lower case
// at least as often as capitalised, and it is no given name.
func commonWord(w string) bool {
	c := wordCasing(strings.ToLower(w))
	return (c == nlp.CasingLower || c == nlp.CasingMixed) && !givenName(w)
}

// onlyRoleWords reports whether every word is a role, modifier, party or
// nationality word ("Tory MEP"): a description, not a name.
func onlyRoleWords(words []string) bool {
	var buf [32]byte
	for _, w := range words {
		// One look-up for parties, isRoleNounL, roleModifiers and
		// isNationalityL.
		c := tokClass(string(appendLowerKey(buf[:0], w)))
		if c&(wordClass(inParties|inRoleModifiers)|clsRoleNoun|clsNationality) == 0 {
			return false
		}
	}
	return true
}

// nameLike reports whether w may be a word of a person's name: a
// particle ("van"), or a capitalised word, maybe after a particle and a
// hyphen ("al-Haddadi"), that is no adjective made with a hyphen.
func nameLike(w string) bool {
	if w == "" {
		return false
	}
	// Particles are in lower case: a capitalised word (most) is none.
	if startsLower(w) && particles[w] {
		return true
	}
	if !nameHyphens(w) {
		// "London-based" is an adjective; "Bennett-Warner" and "Kim
		// Jong-il" are names.
		return false
	}
	if startsLower(w) {
		if pre, rest, ok := strings.Cut(w, "-"); ok && particles[pre] && rest != "" {
			w = rest // "al-Haddadi", "el-Masri": a particle glued to the surname
		}
	}
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w) // as []rune(w)[0], also for a bad byte
	return r > 127 && strings.ToUpper(string(r)) == string(r)
}

// startsLower reports whether w starts with an ASCII lower-case letter,
// as every word of particles does.
func startsLower(w string) bool { return w != "" && 'a' <= w[0] && w[0] <= 'z' }

// tailIsName reports whether words read as a person's name: capitalised
// words (or particles), none a role, title or organisation word.
func tailIsName(words []string) bool {
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	var buf [32]byte
	if inSetFold(venueHeads, words[len(words)-1]) {
		return false // "the Anchor Inn" is no anchor called Inn
	}
	for i, w := range words {
		l := string(appendLowerKey(buf[:0], w))
		if !nameLike(w) || (particles[w] && i == len(words)-1) {
			return false
		}
		if isRoleHeadL(l) || roleModifiers[l] || orgWords[l] || strongOrgWords[l] || isHonorific(w) || isNoiseL(l) && !monthNames[w] && !particles[w] {
			return false
		}
	}
	return true
}

// affiliationOf returns the party or organisation named in tokens [s, e)
// of a role phrase ("Labour MP" → Labour, "Tesco boss" → Tesco): a party
// word, else the first organisation the tagger found inside the phrase.
func affiliationOf(p *paraDoc, s, e int) string {
	for k := s; k < e; k++ {
		t := &p.toks[k]
		if !t.word || !t.cap {
			continue
		}
		l := t.lower // a word's key
		if party, ok := parties[l]; ok {
			if l == "lib" && k+1 < e && strings.HasPrefix(strings.ToLower(p.toks[k+1].text), "dem") {
				return "Liberal Democrat"
			}
			return party
		}
	}
	for _, sp := range p.spans {
		if sp.typ != "ORG" || sp.s < s || sp.e > e {
			continue
		}
		a, b := sp.s, sp.e
		for b > a && !p.toks[b-1].word {
			b--
		}
		if b > a {
			return normSpace(p.text[p.toks[a].start:p.toks[b-1].end])
		}
	}
	return ""
}

// isDescription reports whether words only describe someone ("Labour MP",
// "Foreign Secretary"): role, modifier, party or nationality words with a
// role noun among them.
func isDescription(words []string) bool {
	if !onlyRoleWords(words) {
		return false
	}
	for _, w := range words {
		if isRoleNoun(w) {
			return true
		}
	}
	return false
}

// titledThing returns the kind of a name that opens with a title but
// ends in the head noun of a body, a place, a document or an event
// ("Prince Edward Theatre", "Queen Elizabeth Hospital"), or "".
func titledThing(words []string) string {
	if len(words) < 2 || !isHonorific(words[0]) || len(words) == 2 && addressTitle(words[0]) {
		return "" // "Mr Street", "Mrs Bay": a title of address before one word is a person's
	}
	hb := headBits(words[len(words)-1])
	switch {
	case hb&orgHead != 0:
		return Org
	case hb&placeHead != 0:
		return Place
	case hb&(documentHead|eventHead) != 0:
		return Other
	}
	return ""
}

// addressTitle reports whether w, optionally with a full stop, is a title
// of address that stands before a person's surname alone ("Mr", "Mrs",
// "Ms", "Miss", "Mx", "Dr"), never a street's or a building's first word
// as "King", "Queen", "Prince" and "Lord" are ("King Street", "Lord
// Street").
func addressTitle(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr":
		return true
	}
	return false
}
