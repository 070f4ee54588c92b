package actor

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// fixUp finds one-word mentions of known people the tagger missed: a
// capitalised word standing alone that is the surname (or, when no
// surname matches, the first name) of a person found in the story.
func (st *story) fixUp() {
	var added []*mention
	for _, d := range st.docs {
		cov := d.covered
		for i := range d.toks {
			t := &d.toks[i]
			if !t.word || !t.cap || cov[i] || isAllCaps(t.text) {
				continue
			}
			l := t.lower
			if noiseName(t.text) && !st.calendarSurname(d.idx, i, t.text) || (t.sentStart && st.lower[l]) {
				continue
			}
			if i > 0 && d.toks[i-1].word && d.toks[i-1].cap && !d.toks[i-1].sentStart {
				continue
			}
			if i+1 < len(d.toks) && (d.toks[i+1].word && d.toks[i+1].cap || d.toks[i+1].text == "&") || i > 0 && d.toks[i-1].text == "&" {
				continue // part of a longer name: "Johnson & Johnson"
			}
			var c *cluster
			if cs := st.bySurname[l]; len(cs) > 0 {
				c = pickNear(cs, d.idx)
			} else if cs := st.byFirst[l]; len(cs) == 1 {
				c = cs[0]
			}
			if c == nil {
				continue
			}
			// Only people with a full name or a title, or seen twice,
			// attract stray words.
			if b := longest(c); len(b.name) < 2 && b.hon == "" && !b.the && len(c.mentions) < 2 {
				continue
			}
			m := st.work.mention(mention{para: d.idx, order: st.order, s: i, e: i + 1, surface: t.text, name: []string{t.text}, kind: Person})
			st.order++
			c.add(m)
			added = append(added, m)
		}
	}
	st.mentions = append(st.mentions, added...)
}

// pickNear chooses among people sharing a surname the one mentioned last
// at or before paragraph para (else the first one).
func pickNear(cands []*cluster, para int) *cluster {
	if len(cands) == 1 {
		return cands[0]
	}
	var best *cluster
	bestPara := -1
	for _, c := range cands {
		for _, m := range c.mentions {
			if m.para <= para && m.para > bestPara {
				best, bestPara = c, m.para
			}
		}
	}
	if best == nil {
		best = cands[0]
	}
	return best
}

// resolveRoleRefs attaches "the Chancellor" to the one person the story
// gives that role (the most recently mentioned one when several match).
func (st *story) resolveRoleRefs() {
	if len(st.refs) == 0 {
		return
	}
	type holder struct {
		c     *cluster
		roles []string // normalised
		affil string
		// what roleMatches reads, worked out once: the words of each
		// role normalised again, the affiliation lower-cased and that
		// normalised
		words         [][]string
		lower, normed string
	}
	var holders []holder
	for _, c := range st.clusters {
		h := holder{c: c}
		for _, m := range c.mentions {
			for _, r := range m.roles {
				h.roles = append(h.roles, normRole(r))
			}
			if h.affil == "" {
				h.affil = m.affil
			}
		}
		if len(h.roles) > 0 {
			for _, r := range h.roles {
				h.words = append(h.words, strings.Fields(normRole(r)))
			}
			h.lower = strings.ToLower(h.affil)
			h.normed = normRole(h.lower)
			holders = append(holders, h)
		}
	}
	for _, r := range st.refs {
		var cands, exact []*cluster
		rw := strings.Fields(r.roleRef)
		for _, h := range holders {
			if !roleMatches(rw, h.words, h.lower, h.normed) {
				continue
			}
			cands = append(cands, h.c)
			if contains(h.roles, r.roleRef) {
				exact = append(exact, h.c)
			}
		}
		if len(exact) > 0 {
			cands = exact
		}
		if len(cands) == 0 {
			continue
		}
		best := cands[0]
		if len(cands) > 1 {
			bestOrder := -1
			for _, c := range cands {
				for _, m := range c.mentions {
					if m.order < r.order && m.order > bestOrder {
						best, bestOrder = c, m.order
					}
				}
			}
		}
		best.add(r)
	}
}

// actors turns the clusters into actors, most mentioned first.
func (st *story) actors() []Actor {
	// Organisations, places and other names, grouped first so that the
	// result is allocated once.
	groups := make(map[string]*cluster)
	var order []*cluster
	var folds []string // of order's names
	for _, m := range st.mentions {
		if m.kind == Person || m.roleRef != "" {
			continue
		}
		if len(m.name) == 1 && thingNoise(m.name[0]) {
			continue
		}
		// One name is one thing in a story, whatever kind each group of
		// its mentions ended up with (a short form that joined a body
		// late, "the X" beside "X").
		k := foldKey(strings.Join(m.name, " "))
		c := groups[k]
		if c == nil {
			c = &cluster{kind: m.kind}
			groups[k] = c
			order = append(order, c)
			folds = append(folds, k)
		}
		c.add(m)
	}
	out := make([]Actor, 0, len(st.clusters)+len(order))
	firsts := make([]int, 0, cap(out))
	for _, c := range st.clusters {
		if len(c.mentions) == 0 {
			continue
		}
		a := personActor(c)
		if a.Name == "" || partyWordsOnly(a.Name) {
			continue // "Lib Dem" in "Lib Dem election preparations"
		}
		out = append(out, a)
		firsts = append(firsts, c.first)
	}
	for _, c := range order {
		c.kind = mostMentioned(c.mentions)
	}
	joined := map[*cluster]bool{}
	for _, c := range order {
		if into := headShortFormOf(c, order); into != nil && !st.ownTitle(c) {
			into.absorb(c)
			joined[into] = true
		}
	}
	// A generic noun referring back ("the Corporation", "the Bank")
	// joins the one body of the story it can head, and is no actor of
	// its own otherwise.
	for _, c := range order {
		if !st.genericBackRef(c) {
			continue
		}
		if into := backRefOf(c, order); into != nil {
			into.absorb(c)
			joined[into] = true
		} else {
			c.mentions = c.mentions[:0]
		}
	}
	// One body under two names ("Lib Dems", "Liberal Democrats";
	// "Bluewake", "Bluewake Ferries").
	st.mergeOrgVariants(order, folds)
	// An acronym and the one organisation of the story it spells are one
	// actor, named by the form the story uses most ("UKIP", also "UK
	// Independence Party").
	for _, c := range order {
		if into, kind := acronymOf(c, order); into != nil {
			c.absorb(into)
			c.kind = kind
		}
	}
	for _, c := range order {
		if len(c.mentions) == 0 {
			continue // joined a longer name
		}
		a := thingActor(c)
		if a.Kind == Org && len(a.Aliases) > 0 {
			nounFirst(&a)
		}
		if joined[c] {
			// "Maritime Workers Union", also called "Union": the full
			// name names the actor however often the short one is used.
			longestFirst(&a)
		}
		out = append(out, a)
		firsts = append(firsts, c.first)
	}
	sort.Stable(byMentions{out, firsts})
	return out
}

// headShortFormOf returns the one organisation of the story whose longer
// name ends with the one-word name of c ("Union" after "Maritime Workers
// Union", "Villa" after "Aston Villa"), or nil. Two such organisations
// ("Manchester United" and "Sheffield United") leave the word alone.
// A place keeps its name: "England" is not short for the Bank of England.
func headShortFormOf(c *cluster, groups []*cluster) *cluster {
	if len(c.mentions) == 0 || len(c.mentions[0].name) != 1 || c.kind == Place {
		return nil
	}
	w := c.mentions[0].name[0]
	if !shortFormHead(w) {
		return nil
	}
	return theOrg(c, groups, func(n []string) bool {
		last := n[len(n)-1]
		if strings.EqualFold(last, w) {
			return true
		}
		// "Democrats" also stands for "Lib Dems".
		return strings.HasSuffix(last, "s") && strings.HasSuffix(w, "s") && clippedWord(strings.ToLower(last), strings.ToLower(w))
	})
}

// acronymOf returns the one organisation, place or other thing of the
// story, named in two or more words, whose initials spell c's one-word
// name in capitals, and the kind of the two as one, or nil. Initials
// may hold "&" and dots ("E&Y": Ernst & Young; "N.C."); a word in
// capitals counts whole ("UKIP": UK Independence Party) and small words
// may be skipped ("NUT": National Union of Teachers). An organisation
// or other thing takes initials read as either, the two being of the
// kind of the longer name when a document's or an event's head noun
// ends it ("GLA" beside the Greater London Act) and else of the reading
// of most of their mentions, the longer name's on a tie ("WEF" four
// times as a body, "World Economic Forum" once as a thing: a body);
// initials read as a place, or read as a body but known to the gazetteer
// only as a place, only when the gazetteer does not know them as one
// ("FA" but not "US"). A place takes initials read as a place or
// a thing, and of up to three letters as a body ("LA", "UAE"; "GB" for
// a team, as a country's team is the country's name; not "HSDPA").
func acronymOf(c *cluster, groups []*cluster) (*cluster, string) {
	if len(c.mentions) == 0 || len(c.mentions[0].name) != 1 || c.kind == Person {
		return nil, ""
	}
	w, ok := initialism(c.mentions[0].name[0])
	if !ok {
		return nil, ""
	}
	into := theOne(c, groups, func(o *cluster, n []string) bool { return o.kind != Person && spells(n, w) })
	if into == nil {
		return nil, ""
	}
	switch {
	case into.kind == Place:
		if c.kind != Place && len(w) > 3 {
			return nil, "" // "HSDPA" names no country or city
		}
		return into, Place
	case c.kind == Place && slices.Contains(knownTypes(c.mentions[0].name[0]), "LOC"),
		c.kind == Org && knownOnlyAs(c.mentions[0].name[0], "LOC"):
		return nil, "" // "US", whatever the tagger made of it, is no union
	case c.kind == Place:
		return into, into.kind
	case c.kind == into.kind:
		return into, c.kind
	}
	// An organisation and another thing: a document's or an event's name
	// is that; else the reading most of their mentions have, the longer
	// name's on a tie.
	n := into.mentions[0].name
	if headBits(n[len(n)-1])&(documentHead|eventHead) != 0 || len(into.mentions) >= len(c.mentions) {
		return into, into.kind
	}
	return into, c.kind
}

// initialism returns w without its dots when it is initials: two to eight
// capital letters, maybe with "&" between two of them ("E&Y") and a dot
// after each ("N.C.").
func initialism(w string) (string, bool) {
	if len(w) < 2 || len(w) > 16 {
		return "", false
	}
	if strings.IndexByte(w, '.') >= 0 {
		w = strings.ReplaceAll(w, ".", "")
	}
	if len(w) < 2 || len(w) > 8 || w[0] == '&' || w[len(w)-1] == '&' {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < 'A' || w[i] > 'Z') && (w[i] != '&' || w[i-1] == '&') {
			return "", false
		}
	}
	return w, true
}

// theOrg returns the one organisation among groups, other than c and
// named in two or more words, whose name matches; nil for none or several.
func theOrg(c *cluster, groups []*cluster, match func(name []string) bool) *cluster {
	return theOne(c, groups, func(o *cluster, n []string) bool { return o.kind == Org && match(n) })
}

// theOne returns the one cluster among groups, other than c and named
// in two or more words (n, its first mention's name), that keep accepts;
// nil for none or several.
func theOne(c *cluster, groups []*cluster, keep func(o *cluster, n []string) bool) *cluster {
	var into *cluster
	for _, o := range groups {
		if o == c || len(o.mentions) == 0 {
			continue
		}
		if n := o.mentions[0].name; len(n) < 2 || !keep(o, n) {
			continue
		}
		if into != nil {
			return nil
		}
		into = o
	}
	return into
}

// spells reports whether the initials of name's words give acronym, a
// word in capitals giving all its letters and the small words of names
// (of, and, the, for, &) giving theirs or nothing.
func spells(name []string, acronym string) bool {
	var walk func(i int, rest string) bool
	walk = func(i int, rest string) bool {
		if i == len(name) {
			return rest == ""
		}
		word := name[i]
		if inSetFold(acronymSmallWords, word) && walk(i+1, rest) {
			return true
		}
		if strings.EqualFold(word, "and") && strings.HasPrefix(rest, "&") && walk(i+1, rest[1:]) {
			return true // "M&S": Marks and Spencer
		}
		first := strings.ToUpper(word[:1])
		if len(word) > 1 && isAllCaps(word) && strings.HasPrefix(rest, word) && walk(i+1, rest[len(word):]) {
			return true
		}
		return strings.HasPrefix(rest, first) && walk(i+1, rest[1:])
	}
	return walk(0, acronym)
}

// acronymSmallWords may be left out of an acronym.
var acronymSmallWords = setOf(`of and the for & on in`)

// shortFormHead reports whether w, the last word of an organisation's
// name, can stand for the whole: a head noun ("Union", "Council",
// "United") or a plural ("Ferries", "Royals"). A proper name cannot:
// "Stirling" is not short for East Stirling, nor "Liege" for Standard
// Liege.
func shortFormHead(w string) bool {
	l := strings.ToLower(w)
	if len(l) < 4 {
		return false
	}
	return headBits(l)&orgHead != 0 || bodyNouns[l] || strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")
}

// bodyNouns head names of bodies of people beside strongOrgWords.
var bodyNouns = setOf(`union unions guild federation alliance coalition congress assembly confederation syndicate cooperative
brotherhood fellowship league`)

// longestFirst makes the longest of a's names (most words, then most
// letters) its name, the others aliases.
func longestFirst(a *Actor) {
	for i, al := range a.Aliases {
		if c := cmp.Compare(strings.Count(al, " "), strings.Count(a.Name, " ")); c > 0 || c == 0 && len(al) > len(a.Name) {
			a.Name, a.Aliases[i] = al, a.Name
		}
	}
}

// byMentions orders actors most mentioned first, then by first mention
// (firsts, which moves with them).
type byMentions struct {
	actors []Actor
	firsts []int
}

// mostMentioned returns the kind most of ms have; a tie goes to the
// first mention's.
func mostMentioned(ms []*mention) string {
	var n [len(kinds)]int
	for _, m := range ms {
		n[kindIndex(m.kind)]++
	}
	best := kindIndex(ms[0].kind)
	for i := range n {
		if n[i] > n[best] {
			best = i
		}
	}
	return kinds[best]
}

func (b byMentions) Len() int { return len(b.actors) }

func (b byMentions) Less(i, j int) bool {
	x, y := &b.actors[i], &b.actors[j]
	if x.Mentions != y.Mentions {
		return x.Mentions > y.Mentions
	}
	return b.firsts[i] < b.firsts[j]
}

func (b byMentions) Swap(i, j int) {
	b.actors[i], b.actors[j] = b.actors[j], b.actors[i]
	b.firsts[i], b.firsts[j] = b.firsts[j], b.firsts[i]
}

func personActor(c *cluster) Actor {
	best := longest(c)
	a := Actor{Name: normSpace(best.canonical()), Kind: Person}
	if shouting(best.name) {
		a.Name = titleCase(a.Name) // a byline or headline: "JOHN SMITH"
	}
	seen := map[string]bool{strings.ToLower(a.Name): true}
	roleSeen := make(map[string]bool)
	var roleAffil []string // the affiliation read with each role
	slices.SortStableFunc(c.mentions, byOrder)
	for _, m := range c.mentions {
		a.Mentions++
		if s := normSpace(m.surface); s != "" && !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			a.Aliases = append(a.Aliases, s)
		}
		for _, r := range m.roles {
			if k := strings.ToLower(r); !roleSeen[k] {
				roleSeen[k] = true
				a.Roles = append(a.Roles, r)
				roleAffil = append(roleAffil, m.affil)
			}
		}
		if a.Affiliation == "" {
			a.Affiliation = m.affil
		}
	}
	a.Paragraphs = paragraphsOf(c.mentions)
	if len(a.Roles) > 1 {
		a.Roles, a.Affiliation = mergeStoryRoles(a.Roles, roleAffil, a.Affiliation)
	}
	a.Roles = dropNameTitleRoles(a.Name, dropShorterRoles(a.Roles)) // not "Lord Justice" for "Lord Justice Pell" (roletitle.go)
	if a.Roles == nil {
		a.Roles = []string{}
	}
	if a.Aliases == nil {
		a.Aliases = []string{}
	}
	return a
}

func thingActor(c *cluster) Actor {
	count := make(map[string]int)
	var forms []string
	for _, m := range c.mentions {
		f := normSpace(strings.Join(m.name, " "))
		if count[f] == 0 {
			forms = append(forms, f)
		}
		count[f]++
	}
	slices.SortStableFunc(forms, func(x, y string) int {
		if count[x] != count[y] {
			return cmp.Compare(count[y], count[x]) // most used first
		}
		return cmp.Compare(len(y), len(x)) // then longest
	})
	a := Actor{Name: forms[0], Kind: c.kind, Mentions: len(c.mentions), Roles: []string{}, Aliases: []string{}}
	a.Aliases = append(a.Aliases, forms[1:]...)
	a.Paragraphs = paragraphsOf(c.mentions)
	return a
}

// paragraphsOf returns the paragraphs of the mentions, ascending and
// each once.
func paragraphsOf(ms []*mention) []int {
	var buf [64]int
	ps := buf[:0]
	for _, m := range ms {
		ps = append(ps, m.para)
	}
	slices.Sort(ps)
	ps = slices.Compact(ps)
	return append(make([]int, 0, len(ps)), ps...)
}

// thingNoise reports whether a one-word organisation, place or other name
// is no actor: a calendar, caption or function word, a title, a role noun,
// a lone adjective of nationality, a document noun ("the Act"), a time
// zone ("GMT") or the abbreviation of a common noun ("DVD", "GDP").
// Other acronyms and parties stay.
func thingNoise(w string) bool {
	var buf [32]byte
	c := tokClass(string(appendLowerKey(buf[:0], w))) // listsOf, isNationalityL and isRoleHeadL at once
	in := wordLists(c & wordListBits)
	if in&inParties != 0 {
		return false
	}
	return in&(noiseLists|inCommonCapitalised|inDocumentHeads|inTimeZones|inCommonAbbreviations) != 0 || c&(clsNationality|clsRoleHead) != 0 || isNumber(w)
}

// titleCase writes a name in capitals as a name: "JOHN O'NEILL-SMITH" →
// "John O'Neill-Smith".
func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	start := true
	for i, r := range rs {
		if start && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		start = r == ' ' || r == '-' || r == '\'' || r == '.'
	}
	return string(rs)
}

// dropShorterRoles removes a role that ends another one: "President" goes
// when "Argentine President" is there.
func dropShorterRoles(roles []string) []string {
	out := roles[:0:0]
	for i, r := range roles {
		lr := strings.ToLower(r)
		covered := false
		for j, o := range roles {
			lo := strings.ToLower(o)
			if i != j && len(lo) > len(lr) && strings.HasSuffix(lo, " "+lr) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, r)
		}
	}
	return out
}
