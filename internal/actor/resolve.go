package actor

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/lower"
)

// story holds the state of one extraction.
type story struct {
	docs     []*paraDoc
	lower    map[string]bool // words seen in lower case anywhere in the story
	numbered []string        // stems of numbered names ("covid" of "Covid-19"), lower case
	cues     uint64          // sportsCues seen in the story
	racing   bool            // two racing words or more in the story (racingStory)
	teams    teamNames       // a sports story's team names (team.go)
	orgAlone map[string]bool // one-word names the tagger read as organisations (countryfirm.go)
	counted  map[string]bool // one-word names counted out with "a" somewhere (indefinite.go)
	mentions []*mention
	refs     []*mention // role references ("the Chancellor")
	order    int

	clusters  []*cluster // persons
	bySurname map[string][]*cluster
	byFirst   map[string][]*cluster
	singles   map[string]*cluster
	byKey     map[string]*cluster
	probe     EntityFunc // the entity source, asked about names alone
	probed    map[string]int
	work      *storyWork      // where the mentions live
	parts     map[string]bool // names written as a part in a work or a titled thing somewhere in the story (markParts)
	theTitled map[string]int  // titled names written after "the", mentions by name (titledthing.go)
	creatures map[string]bool // names an animal's or a vessel's cue follows somewhere in the story (creaturemark.go)
}

// cluster is one actor being assembled from its mentions.
type cluster struct {
	kind     string
	mentions []*mention
	lastSeen int
	first    int
	kin      bool // a peer's titled surname kept apart from a bearer of the surname named as kin (peerkin.go)
}

// byOrder orders mentions by their position in the story.
func byOrder(a, b *mention) int { return cmp.Compare(a.order, b.order) }

func (c *cluster) add(m *mention) {
	if len(c.mentions) == 0 || m.order < c.first {
		c.first = m.order
	}
	c.mentions = append(c.mentions, m)
}

// absorb moves the mentions of o into c, leaving o empty.
func (c *cluster) absorb(o *cluster) {
	for _, m := range o.mentions {
		c.add(m)
	}
	o.mentions = o.mentions[:0]
}

// noiseName reports whether a single-word person mention is never a name.
func noiseName(w string) bool {
	var buf [32]byte
	c := tokClass(string(appendLowerKey(buf[:0], w))) // listsOf, isNationalityL and isRoleNounL at once
	return c&wordClass(noiseLists|inCommonCapitalised|inRoleModifiers) != 0 || c&(clsNationality|clsRoleNoun) != 0 || (isAllCaps(w) && len(w) > 1) || strings.ContainsAny(w, "0123456789")
}

// resolvePersons merges person mentions into clusters: full names first,
// then titles of place and royal names, then surnames and first names
// attached to the most recently mentioned matching person.
func (st *story) resolvePersons() {
	st.bySurname = make(map[string][]*cluster)
	st.byFirst = make(map[string][]*cluster)
	st.singles = make(map[string]*cluster)
	st.byKey = make(map[string]*cluster)
	assigned := make(map[*mention]*cluster)
	st.shortFormBodies() // "Morecroft Stanley" beside "the Stanley boss" (shortbody.go)

	var persons []*mention
	for _, m := range st.mentions {
		if m.kind == Person {
			persons = append(persons, m)
		}
	}
	// Full names.
	var multi []*cluster
	for _, m := range persons {
		if len(m.name) < 2 || m.ofTitle || m.the || (honorificClass(m.hon) == "royal" && len(m.name) == 2 && isRomanNumeral(m.name[1])) {
			continue
		}
		if m.born = st.bornName(m); m.born {
			continue // joins the person named before it (bornname.go)
		}
		k := m.nameKey()
		c := st.byKey[k]
		if c == nil {
			c = &cluster{kind: Person, lastSeen: -1}
			st.byKey[k] = c
			multi = append(multi, c)
		}
		c.add(m)
		assigned[m] = c
	}
	// Shorter full names join a unique longer one: "Duncan Smith" →
	// "Iain Duncan Smith", "John Kennedy" → "John F Kennedy".
	slices.SortStableFunc(multi, func(a, b *cluster) int { return cmp.Compare(len(longest(a).name), len(longest(b).name)) })
	var kept []*cluster
	for i, c := range multi {
		short := longest(c).name
		var target *cluster
		n := 0
		for _, d := range multi[i+1:] {
			long := longest(d).name
			if len(long) > len(short) && (hasSuffixFold(long, short) || (len(short) == 2 && strings.EqualFold(long[0], short[0]) && strings.EqualFold(long[len(long)-1], short[1])) || patronymOwn(long, short)) {
				target = d
				n++
			}
		}
		if n == 1 {
			for _, m := range c.mentions {
				target.add(m)
				assigned[m] = target
			}
			st.byKey[strings.ToLower(strings.Join(short, " "))] = target
			continue
		}
		kept = append(kept, c)
	}
	kept = st.joinInitialled(kept, assigned) // "H Luscombe" after "Harriet Luscombe" (initialjoin.go)
	kept = st.joinShortGiven(kept, assigned) // "Hen Doyle" after "Henrietta Doyle" (shortjoin.go)
	kept = st.joinNicknamed(kept, assigned)
	for _, c := range kept {
		st.clusters = append(st.clusters, c)
		n := longest(c).name
		st.index(c, surnameOf(n), n[0])
		if f := firstSurname(n); f != "" {
			st.index(c, f, "") // "Ruiz" for Ana Ruiz Torres (particlejoin.go)
		}
		if g := patronymGiven(n); g != "" {
			st.index(c, g, "") // "Datuk Hamid" for Hamid bin Yusof (patronym.go)
		}
		for _, m := range c.mentions {
			if m.nick != "" {
				st.index(c, "", m.nick) // "Gaz said" after "Gareth 'Gaz' Pumfrey"
			}
		}
	}
	// A title of place in apposition to a full name is that person's
	// ("Piers Allardyce, the 11th Earl of Wrexcombe,"), wherever else the
	// title is written.
	for _, m := range persons {
		if _, ok := assigned[m]; ok {
			continue
		}
		if c := st.titleHolder(m, persons, assigned); c != nil {
			if k := strings.ToLower(m.canonical()); st.byKey[k] == nil {
				st.byKey[k] = c
				st.indexPeerage(c, m)
			}
		}
	}
	// Titles of place, "the Queen", royal given names.
	for _, m := range persons {
		if _, ok := assigned[m]; ok {
			continue
		}
		royal := honorificClass(m.hon) == "royal" && !m.ofTitle
		if !m.ofTitle && !m.the && !royal {
			continue
		}
		if m.the && !m.ofTitle && !royal {
			if d := st.doc(m.para); d != nil && knownOpening(d.toks, m.s, m.e) {
				m.born, m.nickArg = true, true // "Known to parishioners as the Biker Vicar, he …" (bornname.go)
				continue
			}
		}
		k := strings.ToLower(m.canonical())
		c := st.byKey[k]
		if c == nil {
			c = &cluster{kind: Person, lastSeen: -1}
			st.byKey[k] = c
			st.clusters = append(st.clusters, c)
			if royal {
				st.byFirst[strings.ToLower(m.name[0])] = append(st.byFirst[strings.ToLower(m.name[0])], c)
			}
			st.indexPeerage(c, m)
		}
		c.add(m)
		assigned[m] = c
	}
	// Tagger slips: a one-word organisation or place that is a known
	// person's surname is that person.
	for _, m := range st.mentions {
		if m.kind != Person && len(m.name) == 1 && len(st.bySurname[strings.ToLower(m.name[0])]) > 0 {
			m.kind = Person
			persons = append(persons, m)
		}
		if m.kind != Person && len(m.name) > 1 && particles[strings.ToLower(m.name[0])] {
			if c := st.particleSurname(m.name); c != nil {
				m.kind = Person // "Du Plessis" after "Annelie du Plessis" (particlejoin.go)
				c.add(m)
				assigned[m] = c
			}
		}
	}
	// Nicknames: "Tats" for Tatiana Mountbatten, given names of the
	// story's people and what a person is "known to friends as",
	// whatever the tagger called them.
	for _, m := range st.mentions {
		if m.kind != Person && (st.nicknamed(m) != nil || st.petNamed(m) != nil || st.givenNameOf(m) || st.knownAsNick(m)) {
			m.kind = Person
			persons = append(persons, m)
		}
	}
	st.orgShortNames(persons, assigned)
	st.eventShortNames(persons, assigned) // "Wilma" after "Storm Wilma" (eventshort.go)
	slices.SortStableFunc(persons, byOrder)
	// Single names in reading order.
	for _, m := range persons {
		if c, ok := assigned[m]; ok {
			c.lastSeen = m.order
			continue
		}
		if m.born {
			if c := st.bornBearer(m); c != nil {
				c.add(m)
				c.lastSeen = m.order
				assigned[m] = c
				st.index(c, surnameOf(m.name), m.name[0]) // "Harriet" later, after "the duchess, born Harriet Pennington-Lowe"
				continue
			}
			m.born = false // no one named before it: a person of its own
			c := st.byKey[m.nameKey()]
			if c == nil {
				c = &cluster{kind: Person, lastSeen: -1}
				st.byKey[m.nameKey()] = c
				st.clusters = append(st.clusters, c)
				st.index(c, surnameOf(m.name), m.name[0])
			}
			c.add(m)
			c.lastSeen = m.order
			assigned[m] = c
			continue
		}
		if len(m.name) != 1 || m.kind != Person {
			continue
		}
		if m.hon == "" && noiseName(m.name[0]) && !st.calendarSurname(m.para, m.s, m.name[0]) && !st.listedGivenMention(m) {
			continue
		}
		c := st.nicknamed(m)
		if c == nil {
			c = st.petNamed(m) // "Gus" for Augustus Penwarden (petname.go)
		}
		if c == nil && m.hon == "" {
			if c = st.knownAsBearer(m); c != nil {
				st.index(c, "", m.name[0]) // "'Sparky' made …" later
			}
		}
		if c == nil {
			c = st.resolveSingle(m)
		}
		if c == nil {
			continue
		}
		c.add(m)
		c.lastSeen = m.order
		assigned[m] = c
	}
	st.royalPeerage(persons, assigned) // "Prince Oswald …", then "The Earl of Tarrow met …" (royalpeer.go)
}

// joinNicknamed merges a two-word name made of a person's nickname and
// surname into that person: "Liz Moran" after "Elizabeth 'Liz' Moran"
// or "Elizabeth Moran, known as Liz". Only one such person may fit.
func (st *story) joinNicknamed(kept []*cluster, assigned map[*mention]*cluster) []*cluster {
	out := make([]*cluster, 0, len(kept))
	for i, c := range kept {
		short := longest(c).name
		var target *cluster
		if len(short) == 2 {
			target = onlyFit(kept, i, func(d *cluster) bool {
				full := longest(d).name
				return strings.EqualFold(full[len(full)-1], short[1]) &&
					slices.ContainsFunc(d.mentions, func(m *mention) bool { return strings.EqualFold(m.nick, short[0]) })
			})
		}
		if target == nil {
			out = append(out, c)
			continue
		}
		st.joinInto(target, c, short, assigned)
	}
	return out
}

// index registers a person under a surname and a first name.
func (st *story) index(c *cluster, surname, first string) {
	if surname != "" {
		k := strings.ToLower(surname)
		st.bySurname[k] = append(st.bySurname[k], c)
	}
	if first != "" {
		k := strings.ToLower(first)
		st.byFirst[k] = append(st.byFirst[k], c)
	}
}

// resolveSingle finds (or makes) the person a one-word mention refers to.
func (st *story) resolveSingle(m *mention) *cluster {
	w := strings.ToLower(m.name[0])
	class := honorificClass(m.hon)
	g := titleGender(m.hon)
	choose := func(cands []*cluster, order int) *cluster { return pick(sameGender(cands, g), order) }
	switch class {
	case "plain":
		if c := choose(st.bySurname[w], m.order); c != nil {
			return c
		}
		if clergyTitles[strings.TrimSuffix(m.hon, ".")] && givenName(m.name[0]) {
			if c := choose(st.byFirst[w], m.order); c != nil {
				return c // "Canon Margaret" for Canon Margaret Ibbotson
			}
		}
	case "knight":
		if c := choose(st.byFirst[w], m.order); c != nil {
			return c
		}
		if c := choose(st.bySurname[w], m.order); c != nil {
			return c
		}
		if c := choose(st.petGivenOf(w), m.order); c != nil {
			return c // "Dame Margaret" for Maggie Fennimore (petname.go)
		}
	case "peer":
		if c := st.singles["titled:"+strings.ToLower(m.hon)+" "+w]; c != nil && c.kin {
			return c // the peer kept apart from kin before (peerkin.go)
		}
		if c := choose(st.notKinOfTitled(m, st.bySurname[w]), m.order); c != nil {
			return c
		}
		var same []*cluster
		for _, c := range st.byFirst[w] {
			for _, x := range c.mentions {
				if x.hon == m.hon {
					same = append(same, c)
					break
				}
			}
		}
		if c := choose(same, m.order); c != nil {
			return c
		}
	default:
		if c := choose(st.bySurname[w], m.order); c != nil {
			return c
		}
		if c := choose(st.byFirst[w], m.order); c != nil {
			return c
		}
	}
	key := "single:" + w
	if class == "knight" || class == "peer" {
		key = "titled:" + strings.ToLower(m.hon) + " " + w
	}
	if c := st.singles[key]; c != nil {
		return c
	}
	if class == "" || class == "plain" {
		// A bare surname after "Lord Sugar" is Lord Sugar.
		for _, hon := range [...]string{"lord", "lady", "baroness", "baron", "sir", "dame"} {
			if c := st.singles["titled:"+hon+" "+w]; c != nil && class == "" {
				return c
			}
		}
		if m.hon == "" && !st.singleEvidence(m) {
			return nil
		}
	}
	c := &cluster{kind: Person, lastSeen: -1}
	c.kin = class == "peer" && len(st.bySurname[w]) > 0 // a full name's bearer of the surname was passed over as kin
	st.singles[key] = c
	st.clusters = append(st.clusters, c)
	if class == "" || class == "plain" || class == "peer" {
		st.bySurname[w] = append(st.bySurname[w], c)
	} else {
		st.byFirst[w] = append(st.byFirst[w], c)
	}
	return c
}

// singleEvidence reports whether a bare one-word person mention with no
// known full name should stand as an actor: it must not be a common word
// of this story written with a capital only because it opens a sentence.
func (st *story) singleEvidence(m *mention) bool {
	w := m.name[0]
	if noiseName(w) && !st.listedGivenMention(m) {
		return false
	}
	d := st.doc(m.para)
	if d != nil && d.toks[m.s].sentStart {
		l := strings.ToLower(w)
		// A common word of this story, or a participle or adverb
		// ("Having", "Sadly") opening the sentence.
		if st.ordinaryWord(l) || len(l) > 4 && (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ly")) {
			return false
		}
	}
	return d == nil || !st.loneThing(d, m) // "16 Premier League matches", "dined at Scott's"
}

// pick chooses among candidate people: the only one, or the one
// mentioned most recently before position order (else the first one
// mentioned after it).
func pick(cands []*cluster, order int) *cluster {
	switch len(cands) {
	case 0:
		return nil
	case 1:
		return cands[0]
	}
	var best *cluster
	for _, c := range cands {
		if c.lastSeen >= 0 && c.lastSeen < order && (best == nil || c.lastSeen > best.lastSeen) {
			best = c
		}
	}
	if best != nil {
		return best
	}
	for _, c := range cands {
		if best == nil || c.first < best.first {
			best = c
		}
	}
	return best
}

// longest returns the mention of c with the most name words (the first
// such).
func longest(c *cluster) *mention {
	var best *mention
	for _, m := range c.mentions {
		if best != nil && m.nickArg != best.nickArg {
			// A nickname ("Little Ivo", after "known to all as")
			// never names the person.
			if best.nickArg {
				best = m
			}
			continue
		}
		if best != nil && m.born != best.born && !best.ofTitle && !m.ofTitle {
			// The name a person goes by, as full as the one they were
			// born with, comes first ("Lottie Quell", born Charlotte
			// Vellacott).
			if m.born && len(m.name) > len(best.name) || !m.born && len(m.name) >= len(best.name) {
				best = m
			}
			continue
		}
		if best != nil && m.ofTitle != best.ofTitle && (royalGiven(m) || royalGiven(best)) {
			// A royal's given name after the royal title before the
			// peerage the royal holds: "Prince Oswald" over "Earl of
			// Tarrow" (royalpeer.go).
			if royalGiven(m) {
				best = m
			}
			continue
		}
		if best == nil || len(m.name) > len(best.name) {
			best = m
			continue
		}
		if len(m.name) < len(best.name) {
			continue
		}
		// Same length: a headline in capitals gives way to running text,
		// then the longer written form (with its title) wins.
		mc, bc := shouting(m.name), shouting(best.name)
		if mc != bc {
			if bc {
				best = m
			}
			continue
		}
		if m.ofTitle != best.ofTitle {
			// A person's name before the title of place he holds:
			// "Piers Allardyce" over "Earl of Wrexcombe".
			if best.ofTitle {
				best = m
			}
			continue
		}
		if m.canonicalLen() > best.canonicalLen() {
			best = m
		}
	}
	return best
}

// shouting reports whether a name is written in capitals ("BORIS JOHNSON").
func shouting(name []string) bool {
	for _, w := range name {
		if !isAllCaps(w) || len(w) <= 2 {
			return false
		}
	}
	return true
}

func hasSuffixFold(long, short []string) bool {
	if len(short) > len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if !strings.EqualFold(long[off+i], w) {
			return false
		}
	}
	return true
}

// titleGender returns 'm' or 'f' for a title that tells, else 0.
func titleGender(hon string) byte {
	switch strings.TrimSuffix(hon, ".") {
	case "Mr", "Sir", "Lord", "Baron", "Earl", "Viscount", "Marquess", "Marquis", "Prince",
		"King", "Duke", "Emperor", "Pope", "Sheikh", "Sultan", "Tsar", "Herr", "Fr":
		return 'm'
	case "Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness", "Countess", "Viscountess",
		"Marchioness", "Princess", "Queen", "Duchess", "Empress", "Mme", "Mlle", "Frau":
		return 'f'
	}
	return 0
}

// gender returns what the titles of a person's mentions say, 0 when they
// say nothing or disagree.
func (c *cluster) gender() byte {
	var g byte
	for _, m := range c.mentions {
		switch t := titleGender(m.hon); {
		case t == 0:
		case g == 0:
			g = t
		case g != t:
			return 0
		}
	}
	return g
}

// sameGender keeps the candidates whose titles do not contradict gender
// g: "Mrs Ellery" is not "Mr Tom Ellery" but another person of the
// story, his wife or mother, even when he is the only Ellery so far.
func sameGender(cands []*cluster, g byte) []*cluster {
	if g == 0 {
		return cands
	}
	var out []*cluster
	for _, c := range cands {
		if cg := c.gender(); cg == 0 || cg == g {
			out = append(out, c)
		}
	}
	return out
}

// datePrepositions put a month in a date ("in May", "since June").
var datePrepositions = setOf(`in on of since until till by from last next early late mid before after
during through throughout this that every each`)

// calendarSurname reports whether a month word at token k of paragraph
// para is the surname of a person of the story ("May said …" after
// Theresa May), not a date ("in May", "May 5").
func (st *story) calendarSurname(para, k int, w string) bool {
	var buf [32]byte
	l := lower.Append(buf[:0], w) // strings.ToLower, in place
	if !calendar[string(l)] || len(st.bySurname[string(l)]) == 0 {
		return false
	}
	d := st.doc(para)
	if d == nil {
		return false
	}
	if k > 0 && datePrepositions[d.toks[k-1].lower] {
		return false
	}
	if k+1 < len(d.toks) && (isNumber(d.toks[k+1].text) || d.toks[k+1].text == ",") {
		return false
	}
	return true
}

// orgShortNames gives the kind of an organisation of the story to a bare
// one-word person mention that is the first word of its name and of no
// person's ("Halvard said …" after "Halvard Chemicals"), or the second
// after a word that opens bodies' names in another language ("Sadino"
// after "Atlético Sadino"; bodyOpened): the tagger took
// a company's short name for a surname, here or in the story's other
// mentions of it, whose reading one tagged otherwise ("the comments from
// Halvard", read as a place) took. A given name stays a person's
// ("Jerry" after "The Jerry Springer Show").
func (st *story) orgShortNames(persons []*mention, assigned map[*mention]*cluster) {
	for _, m := range persons {
		if len(m.name) != 1 || m.hon != "" || m.rule || m.split {
			continue
		}
		if _, ok := assigned[m]; ok {
			continue
		}
		w := m.name[0]
		l := strings.ToLower(w)
		if len(st.bySurname[l]) > 0 || len(st.byFirst[l]) > 0 || givenName(w) {
			continue
		}
		opens := false
		for _, o := range st.mentions {
			if o.kind == Org && len(o.name) >= 2 && (strings.EqualFold(o.name[0], w) || len(o.name) == 2 && bodyOpened(o.name) && strings.EqualFold(o.name[1], w)) {
				opens = true // also "Sadino" after "Atlético Sadino" (placeprefix.go)
				break
			}
		}
		if opens || st.opensFirmName(w) {
			m.kind = Org
		}
	}
}

// opensFirmName reports whether the story writes w before a capitalised
// word that ends the names of bodies ("Rival Brightwater Homes fell"),
// a firm's name the tagger may not have read as one.
func (st *story) opensFirmName(w string) bool {
	for _, d := range st.docs {
		for k := range d.toks {
			t := &d.toks[k]
			if t.text == w && k+1 < len(d.toks) && d.toks[k+1].cap && strongOrgWords[d.toks[k+1].lower] {
				return true
			}
		}
	}
	return false
}

// onlyFit returns the one cluster of kept, other than kept[i], that fit
// accepts, or nil when none or several do: a short form of a name joins
// a person only when the story leaves no doubt which.
func onlyFit(kept []*cluster, i int, fit func(d *cluster) bool) *cluster {
	var target *cluster
	for j, d := range kept {
		if j == i || !fit(d) {
			continue
		}
		if target != nil {
			return nil
		}
		target = d
	}
	return target
}

// joinInto moves the mentions of c, a person named by the short form
// short, into target, and files short under target so that later
// mentions of it find the person.
func (st *story) joinInto(target, c *cluster, short []string, assigned map[*mention]*cluster) {
	for _, m := range c.mentions {
		target.add(m)
		assigned[m] = target
	}
	st.byKey[strings.ToLower(strings.Join(short, " "))] = target
}
