package thread

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Label names the matter of one thread in 2–5 words. paras are the
// thread's paragraphs, others the paragraphs of the story's other threads
// (words frequent there are not distinctive), stats the archive document
// frequencies (nil: the story's own paragraphs). The label joins the most
// distinctive name (a run of capitalised words such as "Ping An") with the
// most distinctive topic noun or noun phrase ("HSBC shares", "Zoe Ball
// breakfast show"), skipping reporting verbs, generic nouns and words
// that are no nouns ("awful", "hardest", "means"); with no such noun it
// is the name alone, or two names. Words of the thread's first paragraph
// (the lead, which says what happened) count double, and nouns that name
// an event ("takeover", "ban", "verdict") half as much again.
func Label(paras []string, others []string, stats Stats) string {
	in := getInterner()
	defer putInterner(in)
	mine, rest := tokenizeWith(in, paras), tokenizeWith(in, others)
	all := countTerms(mine, in.size())
	all.add(countTerms(rest, in.size()))
	lb := newLabeler(all, newIDF(stats, len(paras)+len(others), all.df))
	defer putLabeler(lb)
	lb.roles.learn(mine, in.size())
	lb.roles.add(rest)
	lb.learnCase(mine)
	lb.learnCase(rest)
	if len(paras) == 0 {
		lb.rawLead = ""
		return lb.label(mine)
	}
	lb.rawLead = paras[0]
	if len(paras) > 1 {
		lb.rawLead += "\n" + paras[1]
	}
	return starsLabel(lb.label(mine), paras[0], mine[0]) // the stars rule (label_stars.go)
}

// tokenizeAll tokenizes texts with ids of their own.
func tokenizeAll(texts []string) [][]word {
	in := getInterner() // the words keep their stem ids, not the interner
	defer putInterner(in)
	return tokenizeWith(in, texts)
}

// tokenizeWith tokenizes texts into one backing slice, with stem ids
// from in.
func tokenizeWith(in *interner, texts []string) [][]word {
	toks, _ := tokenizeInto(nil, in, texts)
	return toks
}

// tokenizeInto is tokenizeWith appending to buf, which it returns too
// (grown) for reuse.
func tokenizeInto(buf []word, in *interner, texts []string) ([][]word, []word) {
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	buf = slices.Grow(buf[:0], total/6+len(texts))
	ends := make([]int, len(texts))
	for i, t := range texts {
		buf = appendTokens(buf, t, in)
		ends[i] = len(buf)
	}
	out := make([][]word, len(texts))
	start := 0
	for i, e := range ends {
		out[i] = buf[start:e:e]
		start = e
	}
	return out, buf
}

// wordBufs holds word buffers for Split to reuse.
var wordBufs = sync.Pool{New: func() any { return new([]word) }}

// cand is a candidate label phrase.
type cand struct {
	words []word
	count int
	first int // paragraph of first use
	pos   int // word index of the first use in the first paragraph, else -1
	// clipped counts the uses of a one-word name cut out of a longer
	// name by a generic word ("Prime" of "Prime Minister")
	clipped int
	// uses as a sentence opener taken into a name; of a one-word
	// candidate: in front of "than", in front of a lower-case content
	// word, as a verb's -s form ("tends to")
	openers, than, mods, verbs int
	// degrees counts the uses of a one-word candidate after a word of
	// degree and before no noun ("were pretty acute"): an adjective
	degrees int
	// uses as a name and in lower case; named: the words of a name use
	names, lowers int
	named, plain  []word // the words of its first name and lower-case uses
	firstName     bool   // the first use is a name, not an opener run into one
	// apart counts the uses of a one-word candidate that punctuation
	// follows ("Cineworld (down 6 per cent)")
	apart int
	// titles counts the uses of a one-word candidate as an abbreviated
	// title before a name ("Gov. Frank Delacorte": label_abbr.go)
	titles int
	// idioms counts the uses whose last word stands in a set phrase
	// ("in a row": label_idiom.go)
	idioms int
	// descs counts the uses of a lower-case phrase right before a name,
	// which it describes ("explorer Fenland Energy": label_desc.go)
	descs  int
	descOf int32 // the stem id of the name word after its first such use
	score  float64
	noun   float64 // nounness of a term (not a name)
}

// minNounness is the least nounness of a term a label takes: below it
// the word is not a noun ("awful", "hardest", "means"), and a name alone
// is a better label.
const minNounness = 0.25

// phraseID keys a candidate phrase by its stem ids (-1 past its end).
type phraseID [3]int32

// labeler labels the threads of one story, reusing its buffers from
// thread to thread.
type labeler struct {
	// rawLead is the text of the thread's first two paragraphs, for the
	// words the tokens leave out ("A&E": the waits rule, label_waits.go)
	rawLead   string
	all       termCounts
	idf       *idfTable
	in        termCounts // counts of the thread being labelled
	seen      []int32    // paragraph stamps for counting
	stamp     int32
	weights   []float64 // by stem id, -1: not yet worked out
	nameStems []bool
	used      []bool
	buf       []word // copies of the thread's words, which promotion changes
	cands     []cand
	index     phraseTable // candidates by phrase
	names     []*cand
	terms     []*cand
	full      []*cand
	lead      []*cand  // the fill rule's candidates (leadCands)
	roles     roles    // how the story uses its words (learn before label)
	kinds     []uint8  // by roleKey: the kinds of a word, 0 until known
	lower     []bool   // by stem id: the story writes it in lower case (learnCase)
	midName   []bool   // by stem id: the story capitalises it mid-sentence (learnCase)
	caseKnown bool     // lower is learnt
	aside     []bool   // by word of the lead paragraph: in a relative clause (label_aside.go) or a source phrase
	source    []bool   // by word of the lead paragraph: in a source phrase (label_source.go)
	paras     [][]word // the thread's paragraphs reordered by the crosshead rule
	personal  uint8    // the thread speaks of a person: 0 not known yet, 1 no, 2 yes (label_desc.go)

	// bufUsed and candsUsed are the most of buf and cands the story's
	// threads have used: past them both are zero, which putLabeler
	// keeps so, clearing no more than was used
	bufUsed, candsUsed int
}

// newLabeler returns a labeler for a story whose term counts are all,
// taken from a pool (putLabeler gives it back).
func newLabeler(all termCounts, idf *idfTable) *labeler {
	lb := labelers.Get().(*labeler)
	nv := len(all.count)
	lb.all, lb.idf = all, idf
	lb.in.count = resize(lb.in.count, nv)
	lb.in.df = resize(lb.in.df, nv)
	lb.seen, lb.stamp = resize(lb.seen, nv), 0
	lb.weights = resize(lb.weights, nv)
	lb.nameStems = resize(lb.nameStems, nv)
	lb.used = resize(lb.used, nv)
	lb.kinds = resize(lb.kinds, 2*nv)
	lb.lower, lb.caseKnown = resize(lb.lower, nv), false
	lb.midName = resize(lb.midName, nv)
	return lb
}

var labelers = sync.Pool{New: func() any { return new(labeler) }}

// putLabeler returns lb to the pool, keeping nothing of its story.
func putLabeler(lb *labeler) {
	clear(lb.buf[:lb.bufUsed])
	clear(lb.cands[:lb.candsUsed])
	lb.bufUsed, lb.candsUsed = 0, 0
	clear(lb.names[:cap(lb.names)])
	clear(lb.terms[:cap(lb.terms)])
	clear(lb.full[:cap(lb.full)])
	clear(lb.lead[:cap(lb.lead)])
	clear(lb.paras[:cap(lb.paras)])
	lb.source = lb.source[:0]
	lb.index.reset()
	lb.all, lb.idf = termCounts{}, nil
	lb.caseKnown = false
	if len(lb.seen) > 1<<16 || cap(lb.buf) > 1<<16 {
		return // a freak story: let its buffers go
	}
	labelers.Put(lb)
}

// resize returns s with length n, all zero, reusing its storage when it
// is large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// Weights of the uses of a stem in the story's other threads, against
// its uses in the thread being labelled. A name used elsewhere in the
// story is a poor name for this thread (the market, a firm quoted in
// several items), but a round-up repeats its topic words from item to
// item ("results", "warning", "sale"): each still says what happened in
// its own item, so other threads' uses weigh less against it.
const (
	nameOtherShare = 2.0
	termOtherShare = 0.5
)

// termMinDF is the document frequency below which a topic word counts
// as no rarer than at it. Over the development round-ups a topic word that
// no other paragraph of the collection uses (a flourish: "knickers",
// "humourless", "solace", "denomination") is a gold label word a fifth as
// often as others; rarity past a few documents tells vocabulary, not
// matter. Names, and any word the story never writes in lower case, keep
// their full idf.
const termMinDF = 3

// weight is the label weight of w's stem in the thread being labelled.
func (lb *labeler) weight(w word) float64 {
	if v := lb.weights[w.id]; v >= 0 {
		return v
	}
	ci := lb.in.count[w.id]
	c := float64(ci)
	if c == 0 {
		// a function word taken into a name ("Ping An") is counted
		// nowhere: it adds nothing
		lb.weights[w.id] = 0
		return 0
	}
	o := float64(lb.all.count[w.id] - lb.in.count[w.id])
	share := nameOtherShare
	if !lb.nameStems[w.id] {
		share = termOtherShare
	}
	idf := lb.idf.of(w.id, w.stem)
	if lb.caseKnown && lb.lower[w.id] && !lb.nameStems[w.id] {
		idf = min(idf, lb.idf.capAt(termMinDF)) // a topic word: see termMinDF
	}
	v := logPlus1(ci) * idf * (c / (c + share*o))
	lb.weights[w.id] = v
	return v
}

// label names the thread made of paras.
func (lb *labeler) label(paras [][]word) string {
	paras = lb.crosshead(paras) // the crosshead rule (label_crosshead.go)
	clear(lb.in.count)
	clear(lb.in.df)
	for _, p := range paras {
		lb.stamp++
		for _, w := range p {
			if w.stop {
				continue
			}
			lb.in.count[w.id]++
			if lb.seen[w.id] != lb.stamp {
				lb.seen[w.id] = lb.stamp
				lb.in.df[w.id]++
			}
		}
	}
	for i := range lb.weights {
		lb.weights[i] = -1
	}
	clear(lb.nameStems)
	clear(lb.used)
	lb.index.reset()
	lb.personal = 0
	nameStems := lb.nameStems
	total := 0
	for _, p := range paras {
		total += len(p)
		for _, w := range p {
			if w.name {
				nameStems[w.id] = true
			}
		}
	}
	// candidates point into copies of the words: promotion changes them
	buf := slices.Grow(lb.buf[:0], total)
	lb.bufUsed = max(lb.bufUsed, total) // the words below fill buf[:total]
	cands := lb.cands[:0]
	caps := datelineCaps(paras) // the dateline rule (label_dateline.go)
	for pi, p := range paras {
		start := len(buf)
		buf = append(buf, p...)
		ws := buf[start:len(buf):len(buf)]
		dropDateline(ws, caps)
		promote(ws)
		for i := range ws {
			key := phraseID{-1, -1, -1}
			for l := 1; l <= 3 && i+l <= len(ws); l++ {
				ph := ws[i : i+l]
				if !labelPhrase(ph) {
					break
				}
				key[l-1] = ws[i+l-1].id
				k, added := lb.index.add(key, len(cands))
				if added {
					pos := -1
					if pi == 0 {
						pos = i
					}
					cands = append(cands, cand{words: ph, first: pi, pos: pos, firstName: ph[0].name && !ph[0].promoted})
				}
				c := &cands[k]
				c.count++
				if idiomUse(ws, i+l-1) {
					c.idioms++
				}
				if descUse(ws, i, i+l) {
					if c.descs == 0 {
						c.descOf = ws[i+l].id
					}
					c.descs++
				}
				switch {
				case ph[0].name:
					c.names++
					if c.named == nil || c.named[0].promoted && !ph[0].promoted {
						c.named = ph // a name use, not a sentence opener if it can
					}
					if ph[0].promoted {
						c.openers++
					}
				case !ph[0].upper:
					c.lowers++
					if c.plain == nil {
						c.plain = ph
					}
				}
				if l == 1 {
					if ph[0].name && clipped(ws, i, i+1) {
						c.clipped++
					}
					c.use(ws, i)
					if abbrTitleAt(ws, i) {
						c.titles++
					}
					if i+1 < len(ws) && !ws[i+1].joined {
						c.apart++
					}
				}
			}
		}
	}
	lb.buf, lb.cands = buf, cands
	lb.candsUsed = max(lb.candsUsed, len(cands))
	names, terms := lb.names[:0], lb.terms[:0]
	for i := range cands {
		c := &cands[i]
		var s float64
		for _, w := range c.words {
			s += lb.weight(w)
		}
		s = s / math.Sqrt(float64(len(c.words))) * (1 + 0.5*logOf(c.count))
		if c.first == 0 {
			s *= 2.0
		}
		// a stem never used in lower case is a name, though its
		// first use opened a sentence ("Tesco's new boss"); one used
		// more often in lower case is not, though its first use was
		// part of a name ("Allied Cigar Corporation")
		isName := c.isName()
		if !isName && lb.openerName(c) {
			c.firstName, c.names = true, c.count // a name opening sentences
			isName = true
		}
		switch {
		case isName && c.named != nil:
			c.words = c.named
		case !isName && c.names > 0 && c.plain != nil:
			c.words = c.plain
		}
		var noun float64
		if !isName {
			// a phrase is named by its last word: "break clause"
			noun = lb.nounness(c)
			c.noun = noun
			s *= noun * eventFactor(c.words) * leadFade(c.pos)
		}
		if len(c.words) > 1 && c.count < 2 {
			s *= 0.5
		}
		c.score = s
		if isName {
			if c.clipped == c.count || c.titles == c.count || !usableName(c) && !lb.ownOpener(c) {
				continue // only ever part of a longer name or a title, or no name
			}
			if scopeOnly(c, paras) {
				continue // the nation the news is set in (label_scope.go)
			}
			names = append(names, c)
		} else if noNames(c.words) && noun >= minNounness && !lb.hasNameStem(c.words) && !c.capsOnly() && c.idioms < c.count && !countOnly(c.words) {
			terms = append(terms, c)
		}
	}
	leadNames(names)
	if len(paras) > 0 {
		leadSubject(names, buf[:len(paras[0])], lb.tradeNamed)
	}
	leadEvents(terms)
	if len(paras) > 0 {
		terms = dropLinks(terms, buf[:len(paras[0])]) // the link rule (label_aside.go)
		lb.asideScores(terms, buf[:len(paras[0])])
		lb.sourceScores(terms, buf[:len(paras[0])]) // the source rule (label_source.go)
	}
	label := make([]string, 0, 5)
	used := lb.used
	add := func(c *cand, limit int) bool {
		for _, w := range c.words {
			if used[w.id] {
				return false
			}
		}
		if len(label)+len(c.words) > limit {
			return false
		}
		for i, w := range c.words {
			used[w.id] = true
			s := w.surface
			if !w.name && !nameStems[w.id] && !c.isName() {
				s = strings.ToLower(s)
			}
			if i > 0 && w.amp {
				s = "& " + s // "Marks & Spencer"
			}
			label = append(label, s)
		}
		return true
	}
	// Candidates go best first (byScore); only the few that can make the
	// label are put in that order unless the label needs more.
	var leadW []word // the lead paragraph's words past a live page's time stamp (label_stamp.go)
	if len(paras) > 0 {
		leadW = unstamped(buf[:len(paras[0])])
	}
	// the late-name rule, or the letter rule (label_letter.go)
	// the minister rule (label_minister.go): a minister's name gives way
	// to the matter, or to the post when the minister leaves it
	var post []string
	minister := false
	if len(paras) > 0 {
		minister, post = lb.ministerName(names, terms, buf[:len(paras[0])])
	}
	if minister && post != nil && (post[len(post)-1] == "MP" || leavesPost(leadW)) {
		minister = false // named for now, the post takes the name's place below
	} else {
		post = nil
	}
	nameless := len(paras) > 0 && (lb.lateName(names, terms) || lb.letterName(names, terms, paras) || minister)
	var ev nominal // the event of the event-noun rule (label_nominal.go)
	evOK := false
	var next []word // the paragraph after the lead, for the index and trade rules
	if len(paras) > 0 {
		ev, evOK = leadNominal(leadW)
		if len(paras) > 1 {
			next = buf[len(paras[0]) : len(paras[0])+len(paras[1])]
		}
	}
	verb := false // the label holds a news verb after the name
	named := 0    // the words of the name the label opens with
	if len(names) > 0 && !nameless {
		top := bestOf(names)
		full := lb.full[:0] // the names that can extend top
		for _, c := range names {
			if (3*c.count >= top.count || fullInLead(c, top, names)) && containsPhrase(c.words, top.words) && lb.properName(c.words) || 3*c.count >= top.count && lb.openerSwap(c, top, top) && lb.properName(c.words) {
				full = append(full, c)
			}
		}
		slices.SortFunc(full, byScore)
		nc := acronymName(legalName(titleName(councilName(shortName(lb.fullName(top, full, names), leadW), leadW))), buf) // the acronym rule (label_acronym.go), the council rule (label_council.go)
		// the couple rule (label_couple.go)
		nc, given := coupleName(nc, leadW)
		add(nc, 3)
		named = len(label)
		for _, g := range given {
			used[g.id] = true // not the noun "bill" of "Bill and Maureen Haworth"
		}
		if v, at, obj, ok := verbPhrase(nc, leadW, terms, used); ok && len(label) == len(nc.words) && !(evOK && nominalVerbs[v]) {
			label = append(label, v) // the verb rule (label_verb.go)
			used[buf[at].id] = true
			verb = true
			add(obj, 5)
		} else if v, at, obj, ok := verbObject(nc, leadW); ok && len(label) == len(nc.words) && !(evOK && nominalVerbs[v]) {
			label = append(append(label, v), obj...) // the verb-object rule (label_verbobj.go)
			used[buf[at].id] = true
			verb = true
		}
		lb.full = full
	}
	if named > 0 {
		terms = lb.dropDescriptors(terms, paras) // the descriptor rule (label_desc.go)
	}
	nameLen := len(label)
	nameWords := label[:nameLen:nameLen] // the name, for rules that rewrite the label
	if verb {
		nameLen-- // the verb after the name is no part of it
	}
	if len(paras) > 0 {
		if from, ok := indexFrom(leadW, next, nameLen); ok {
			lb.names, lb.terms = names, terms
			ps := threadWords(paras, buf)[from:]
			return strings.Join(indexLabel(label, nameLen, ps, from > 0), " ") // the index rule (label_index.go)
		}
		if l, ok := leadFloat(leadW); ok {
			lb.names, lb.terms = names, terms
			return strings.Join(l, " ") // the float rule (label_float.go)
		}
	}
	// then the most distinctive other words: a two-word phrase when it is
	// nearly as strong as the best single word
	// (words of the name do not count: "Book Awards" is no better for
	// "books")
	var topic *cand // the label's topic words
	if top := bestFree(terms, used); top != nil && !verb {
		pick := pairOf(terms, top, used)
		if pick == nil && nameless && len(top.words) == 1 {
			pick = extension(terms, top, used) // "flu jab", not "flu" and the next best word
		}
		if pick == nil {
			pick = lb.leadCompound(terms, top, leadW) // the compound rule (label_compound.go)
		}
		if pick != nil && add(pick, 5) {
			topic = pick
		} else if add(top, 5) {
			topic = top
		}
	}
	departed := false
	if len(label) > 0 && len(paras) > 0 && !verb {
		if d, ok := leadDeparture(leadW); ok {
			label, departed = departLabel(label, nameLen, leadW, d) // the departure rule (label_depart.go)
		}
	}
	if post != nil && (verb || departed || post[len(post)-1] == "MP") && named > 0 && named <= len(label) {
		nameLen += len(post) - named
		label = append(post, label[named:]...) // "culture minister resigns"
	}
	if len(label) > 0 && len(paras) > 0 && !verb && !departed {
		if t, ws, ok := leadTrade(leadW, next); ok {
			label, departed = lb.tradeLabel(label, nameLen, ws, t, terms) // the trade rule (label_trade.go)
		}
	}
	if len(label) > 0 && len(paras) > 0 && !verb && !departed && nameLen > 0 {
		if r := leadResults(leadW); r != nil {
			label, departed = append(label[:nameLen:nameLen], r...), true // the results rule (label_results.go)
		}
	}
	if len(label) > 0 && len(paras) > 0 && !verb && !departed && nameLen > 0 {
		if r := leadFindings(leadW, label[:nameLen]); r != nil {
			label, departed = append(label[:nameLen:nameLen], r...), true // the findings rule (label_results.go)
		}
	}
	if len(label) > 0 && len(paras) > 0 && !verb && !departed {
		if st, sv, ok := leadWalkout(leadW); ok {
			label, departed = walkoutLabel(label, nameLen, leadW, st, sv), true // the walkout rule (label_walkout.go)
		}
	}
	if len(label) > 0 && len(paras) > 0 && !verb && !departed {
		if at, plural, ok := lb.leadCut(leadW); ok && !evOK {
			label, departed = cutLabel(label, nameLen, leadW, at, plural), true // the cut rule (label_cut.go)
		}
	}
	if len(label) > 0 && len(paras) > 0 && !verb && !departed && nameLen > 0 {
		if up, ok := lb.leadUpgrade(leadW); ok {
			label, departed = append(label[:nameLen:nameLen], up...), true // the upgrade rule (label_upgrade.go)
		}
	}
	outcome := false // the label ends on an outcome noun, which no fill word may follow
	if len(label) > 0 && len(paras) > 0 && !verb && !departed && nameLen > 0 {
		if out, ok := leadTrial(leadW); ok {
			label, departed = append(label[:nameLen:nameLen], "trial", out), true // the trial rule (label_trial.go)
			outcome = true
		}
	}
	if len(label) > 0 && len(paras) > 0 && !verb && !departed && nameLen > 0 && leadBought(leadW) {
		label, departed = append(label[:nameLen:nameLen], "takeover", "agreed"), true // the bought rule (label_bought.go)
	}
	if len(label) > 0 && len(paras) > 0 && !verb && !departed && nameLen > 0 && leadDryWell(leadW) {
		label, departed = append(label[:nameLen:nameLen], "dry", "well"), true // the dry-well rule (label_well.go)
	}
	if len(label) > 0 && len(paras) > 0 && !verb && !departed && nameLen > 0 {
		if f, ok := leadFundraise(leadW); ok {
			label, departed = append(label[:nameLen:nameLen], f), true // the fundraise rule (label_fundraise.go)
		}
	}
	if len(label) > 0 && len(paras) > 0 && !verb && !departed && nameLen > 0 {
		if ret, ok := lb.leadReturn(leadW, label[:nameLen]); ok {
			label, departed = append(label[:nameLen:nameLen], ret...), true // the return rule (label_return.go)
		}
	}
	death := false // the fate rule's label tells a death: a whole headline, not filled
	if len(label) > 0 && len(paras) > 0 && !verb && !departed {
		lead := leadW
		passed := false
		f, fateOK := leadFate(lead)
		if !fateOK && capsHeading(lead) {
			if p, of, ok := obituaryLead(threadWords(paras, buf)); ok {
				lead, f, fateOK = p, of, true // the obituary-heading rule (label_obituary.go)
			}
		}
		if fateOK && f.missing {
			if l := lb.fateLabel(lead, f); l != nil {
				label, passed = l, true // the missing-person rule (label_missing.go), before the passive rule's "found"
			}
		}
		if !passed {
			if from, to, v, ok := leadCancel(lead); ok {
				label, passed = cancelLabel(lead, from, to, v), true // the cancellation rule (label_cancel.go)
			}
		}
		p, passiveOK := leadPassive(lead)
		if passiveOK && !passed {
			if l, ok := disputeLabel(label, nameLen, lead, p); ok {
				label, passed = l, true // the dispute rule (label_dispute.go)
			}
		}
		if passiveOK && !passed {
			n := len(label)
			label = passiveLabel(label, nameLen, lead, p, used) // the passive rule (label_passive.go)
			passed = len(label) != n
			if passed && fateOK && !f.missing {
				label = offenceLabel(label, lead, f) // the offence rule (label_offence.go)
			}
		}
		if !passed && fateOK && !f.missing { // a missing person's fate was tried above
			if l := lb.fateLabel(lead, f); l != nil {
				label, passed = offenceLabel(awardObject(l, lead, f), lead, f), true // the fate rule (label_fate.go), with what was awarded (label_win.go) and the offence (label_offence.go)
				death = f.event == "dies" || f.event == "obituary"
			} else if l := genericOffenceLabel(lead, f); l != nil {
				label, passed = l, true // the offence rule (label_offence.go)
			}
		}
		if !passed {
			if w, ok := leadWin(lead); ok {
				if l := lb.winLabel(lead, w); l != nil {
					label, passed = l, true // the win rule (label_win.go)
				}
			}
		}
		if !passed {
			if p, ok := leadPlainVerb(lead); ok {
				if l := lb.plainLabel(lead, p); l != nil {
					label, passed = l, true // the plain-subject rule (label_plain.go)
				}
			}
		}
		if !passed {
			if nm, ok := leadNaming(lead); ok {
				if l := lb.namingLabel(lead, nm); l != nil {
					label, passed = l, true // the naming rule (label_named.go)
				}
			}
		}
		if !passed {
			if ap, ok := leadAppeal(lead); ok {
				label, passed = appealLabel(ap), true // the appeal rule (label_appeal.go)
			}
		}
		if evOK && !passed {
			label = lb.nominalLabel(label, nameLen, topic, lead, ev, terms, used) // the event-noun rule (label_nominal.go)
		} else if !passed {
			if from, to, noun, ok := lb.leadShift(lead); ok {
				label = shiftLabel(label, nameLen, lead, from, to, noun) // the movement rule (label_rise.go)
			} else if from, to, noun, ok := lb.leadShiftNoun(lead); ok {
				label = shiftLabel(label, nameLen, lead, from, to, noun) // the movement-noun rule (label_risenoun.go)
			}
		}
	}
	if len(paras) > 0 {
		if l, ok := weatherLabel(leadW); ok {
			label = l // the weather rule (label_weather.go)
		}
		if l := leadWaits(leadW, nameWords, strings.Contains(lb.rawLead, "A&E")); l != nil {
			label, outcome = l, true // the waits rule (label_waits.go)
		}
		if l := leadCollapse(leadW, nameWords); l != nil {
			label, outcome = l, true // the collapse rule (label_collapse.go)
		}
		if l := leadBallot(leadW, nameWords); l != nil {
			label, outcome = l, true // the ballot rule (label_ballot.go)
		} else if l := leadStrikeVote(leadW); l != nil {
			label, outcome = l, true // the strike-vote rule (label_ballot.go)
		}
	}
	if len(label) < 2 {
		slices.SortFunc(names, byScore)
		slices.SortFunc(terms, byScore)
		// label words hold no spaces: each is one word of the label
		for _, cs := range [2][]*cand{terms, names} {
			for _, c := range cs {
				if len(label) >= 2 {
					break
				}
				add(c, 4)
			}
		}
	}
	if len(paras) > 0 {
		label = newLabel(label, leadW)            // the new rule (label_new.go)
		label = recordLabel(label, leadW)         // the record rule (label_record.go)
		label = quarrelLabel(label, leadW)        // the quarrel rule (label_quarrel.go)
		label = banLabel(label, leadW)            // the ban rule (label_ban.go)
		label = reverseLabel(label, leadW)        // the reversal rule (label_reverse.go)
		label = lb.roleLabel(label, leadW, paras) // the role rule (label_role.go)
	}
	if len(paras) > 0 && len(label) < fillMost && !death && !outcome {
		// the fill rule (label_fill.go): a third word, then a fourth
		fillTerms, fillNames := lb.leadCands(terms, names)
		for n := max(len(label)+1, fillWords); n <= fillMost; n++ {
			for _, cs := range [2][]*cand{fillTerms, fillNames} {
				for _, c := range cs {
					if len(label) < n && lb.fillable(label, c, n) && add(c, n) {
						label = fillOrder(label, buf[:len(paras[0])], c)
						label = modifierLabel(label, buf[:len(paras[0])], c, used, fillMost) // the modifier rule (label_modifier.go)
					}
				}
			}
		}
	}
	lb.names, lb.terms = names, terms
	return strings.Join(probeLabel(tvLabel(label)), " ") // the TV rule (label_tv.go), the probe rule (label_probe.go)
}

// leadCands returns the candidates of terms and names that the fill rule
// can take, in byScore order: only a candidate first used in the lead
// paragraph is fillable, and putting those few in order costs less than
// sorting all. byScore orders the candidates strictly (no two share their
// stems), so those few keep the order a sort of all gives them, unless a
// score is NaN, which byScore orders by no rule: then all are sorted, as
// before.
func (lb *labeler) leadCands(terms, names []*cand) ([]*cand, []*cand) {
	for _, cs := range [2][]*cand{terms, names} {
		for _, c := range cs {
			if math.IsNaN(c.score) {
				slices.SortFunc(names, byScore)
				slices.SortFunc(terms, byScore)
				return terms, names
			}
		}
	}
	lead := lb.lead[:0]
	for _, c := range terms {
		if c.first == 0 {
			lead = append(lead, c)
		}
	}
	nt := len(lead)
	for _, c := range names {
		if c.first == 0 {
			lead = append(lead, c)
		}
	}
	lb.lead = lead
	ts, ns := lead[:nt:nt], lead[nt:]
	slices.SortFunc(ts, byScore)
	slices.SortFunc(ns, byScore)
	return ts, ns
}

// pairOf returns the best two-word term of terms, free of the label's
// stems, that is nearly as strong as the best term top, or nil.
func pairOf(terms []*cand, top *cand, used []bool) *cand {
	var pick *cand
	for _, c := range terms {
		if c != top && len(c.words) == 2 && c.score >= 0.8*top.score && (pick == nil || byScore(c, pick) < 0) && free(c, used) {
			pick = c
		}
	}
	return pick
}

// promote marks the words of one paragraph that labels take as part of a
// name although tokenize did not.
func promote(ws []word) {
	// a capitalised sentence opener that runs into a name is part of it
	for i := 0; i+1 < len(ws); i++ {
		if !ws[i].name && !ws[i].stop && ws[i+1].name && ws[i+1].joined && ws[i].upper {
			ws[i].name, ws[i].promoted = true, true
		}
	}
	// so is a capitalised function word right after a name ("Ping An",
	// "Chapel Down"), which a sentence never capitalises mid-way
	for i := 1; i < len(ws); i++ {
		if ws[i].stop && ws[i-1].name && !ws[i-1].promoted && ws[i].joined && ws[i].upper && !ws[i].caps && ws[i].lex&lexTitle == 0 {
			ws[i].stop, ws[i].name, ws[i].promoted = false, true, true
		}
	}
}

// bestOf returns the candidate that byScore puts first.
func bestOf(cs []*cand) *cand {
	best := cs[0]
	for _, c := range cs[1:] {
		if byScore(c, best) < 0 {
			best = c
		}
	}
	return best
}

// byScore orders candidates best first, ties by their stems.
func byScore(a, b *cand) int {
	if a.score != b.score {
		if a.score > b.score {
			return -1
		}
		return 1
	}
	var ka, kb [64]byte
	return bytes.Compare(appendKey(ka[:0], a.words), appendKey(kb[:0], b.words))
}

// appendKey appends the stems of ws joined by spaces.
func appendKey(dst []byte, ws []word) []byte {
	for i, w := range ws {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w.stem...)
	}
	return dst
}

// fullName returns the longest name phrase of names (in byScore order)
// that contains best's words and is used at least a third as often ("Games Workshop" for
// "Workshop", "Ping An" for "Ping"), or that the lead introduces in full
// (fullInLead, which asks all, every name of the thread).
func (lb *labeler) fullName(best *cand, names, all []*cand) *cand {
	pick := best
	for _, c := range names {
		if 3*c.count >= best.count && lb.openerSwap(c, pick, best) && lb.properName(c.words) {
			pick = c // the opener-swap rule (label_opener.go)
			continue
		}
		if len(c.words) > len(pick.words) && (3*c.count >= best.count || fullInLead(c, best, all)) && containsPhrase(c.words, best.words) && lb.properName(c.words) && !lb.roleFronted(c.words, best.words) {
			pick = c
		}
	}
	return pick
}

// fullInLead reports whether the longer name c opens where the name best
// first stands in the lead paragraph, best its first word, and the word
// it adds is a name of its own the thread uses alone (names): the lead
// introduces a person in full ("Jacques Santini has resigned") and the
// story goes on by given name and surname ("Jacques", "Santini said"),
// each a short form of the whole.
func fullInLead(c, best *cand, names []*cand) bool {
	if c.pos < 0 || c.pos != best.pos || len(best.words) != 1 || len(c.words) != 2 || c.words[0].id != best.words[0].id {
		return false
	}
	last := c.words[1].id
	for _, n := range names {
		if len(n.words) == 1 && n.words[0].id == last && n.count > c.count {
			return true
		}
	}
	return false
}

// properName reports whether every word of ws is a name in its own right
// or a function word inside one: no sentence opener taken in ("Miner
// Base Resources") and no compound with a lower-case part
// ("Hartlepool-based").
func properName(ws []word) bool {
	if ws[0].promoted {
		return false
	}
	for _, w := range ws {
		if k := strings.LastIndex(w.surface, "-"); k >= 0 && !startsUpper(w.surface[k+1:]) {
			return false
		}
	}
	return true
}

// containsPhrase reports whether the stems of part occur in whole, in order
// and contiguous.
func containsPhrase(whole, part []word) bool {
	for i := 0; i+len(part) <= len(whole); i++ {
		ok := true
		for j := range part {
			if whole[i+j].id != part[j].id {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// titleWord reports whether w is an honorific, which comes before a name
// rather than inside one.
func titleWord(w string) bool {
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "miss", "dr", "sir":
		return true
	}
	return false
}

// termCounts holds term frequencies and paragraph frequencies by stem
// id.
type termCounts struct{ count, df []int32 }

// add adds o's counts to tc.
func (tc termCounts) add(o termCounts) {
	for k, v := range o.count {
		tc.count[k] += v
	}
	for k, v := range o.df {
		tc.df[k] += v
	}
}

// countTerms counts the content words of paras, whose stem ids are below
// nv.
func countTerms(paras [][]word, nv int) termCounts {
	tc := termCounts{count: make([]int32, nv), df: make([]int32, nv)}
	countInto(tc, make([]int32, nv), paras)
	return tc
}

// countInto adds the counts of paras to tc; seen, zero, has a place per
// stem id.
func countInto(tc termCounts, seen []int32, paras [][]word) {
	// seen: paragraph+1 of the last count
	for pi, p := range paras {
		for _, w := range p {
			if w.stop {
				continue
			}
			tc.count[w.id]++
			if seen[w.id] != int32(pi+1) {
				seen[w.id] = int32(pi + 1)
				tc.df[w.id]++
			}
		}
	}
}

// labelPhrase reports whether ws can be a label phrase: contiguous words,
// none a stopword, none generic (but for a lower-case event noun: see
// genericEvent, and a price: label_headnoun.go), none holding a figure
// (but for a road's number: label_road.go), and not mixing names with
// other words.
func labelPhrase(ws []word) bool {
	for i, w := range ws {
		// a word of an ampersand name is a name whatever it means alone
		// ("Marks & Spencer")
		inAmp := w.name && (w.amp || i+1 < len(ws) && ws[i+1].amp)
		// a capitalised function word promoted into a name ("Chapel
		// Down") and a firm's trade or legal form after its own word
		// ("Rank Group") are words of the name, not generic ones
		inName := i > 0 && w.name && ws[0].name && (w.promoted || wordIn(firmTrades, w))
		generic := w.lex&lexGeneric != 0 && !genericEvent(w) && !headlineNoun(w) && !inName
		if w.stop || !inAmp && (generic || w.lex&(lexShort|lexFigure) != 0 && !roadNumber(w.surface)) || isVerbLike(w) || !w.name && w.lex&lexAdverb != 0 {
			return false
		}
		if i > 0 && (!w.joined || w.name != ws[0].name || w.afterA && !w.name) {
			return false // not one phrase; nor across a dropped article: "signing (a) deal"
		}
	}
	return true
}

func noNames(ws []word) bool {
	for _, w := range ws {
		if w.name {
			return false
		}
	}
	return true
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// pastTense holds common irregular past forms, which name no matter.
var pastTense = toSet(`beaten taken given shown known grown fallen risen driven written spoken chosen broken stolen eaten hidden done gone flew won lost rose fell gave came went met paid sold bought left hit led ran saw made kept held brought thought found began grew drew threw spoke wrote chose broke drove ate sent spent struck stood sought taught understood withdrew
tore torn wore worn swore sworn bore shook woke hung sank sang rang swam dug fought caught bent lent dealt meant slept swept wept crept fled bled sped stuck spun slung clung flung stung swung knelt leapt forgave forgiven forgot forgotten overtook undertook mistook withheld upheld foresaw arose awoke bitten froze frozen rode ridden strove drank shrank sprang`)

// isVerbLike reports whether w looks like a past-tense verb.
func isVerbLike(w word) bool {
	return !w.name && w.lex&lexPast != 0
}

// clipped reports whether the name ws[a:b] runs on, before or after,
// into a name word that labels leave out as generic: it is then a piece
// of a longer name ("First Division", "Prime Minister"). Labels ask it
// of one-word names only: a longer one is a name of its own
// ("Prime Minister Silvio Berlusconi"). A capitalised function word
// promoted into the name ("Chapel Down") or a firm's trade word ("Rank
// Group") clips nothing: the longer name is a label phrase
// (labelPhrase), and the firm's own word names the firm alone too.
func clipped(ws []word, a, b int) bool {
	if b < len(ws) && ws[b].joined && ws[b].name && ws[b].lex&lexGeneric != 0 && !(ws[b].promoted && ws[b].lex&lexStop != 0) && !wordIn(firmTrades, ws[b]) {
		return true
	}
	return a > 0 && ws[a].joined && ws[a-1].name && ws[a-1].lex&lexGeneric != 0
}

// threadWords returns the thread's paragraphs as label works on them:
// the words of buf, which holds copies of paras' words in order.
func threadWords(paras [][]word, buf []word) [][]word {
	out := make([][]word, len(paras))
	start := 0
	for i, p := range paras {
		out[i] = buf[start : start+len(p)]
		start += len(p)
	}
	return out
}

// wordIn reports whether w, lower-cased, is in set (a word list of
// toSet).
func wordIn(set map[string]struct{}, w word) bool {
	var buf [32]byte // lower-cased here, a capitalised word takes no allocation
	_, ok := set[string(appendLower(buf[:0], w.surface))]
	return ok
}

// opensSentence reports whether w begins a new sentence of a lead: a
// capitalised word not joined to the one before (punctuation between),
// and not a name (names are capitalised anywhere) unless it is one only
// as labels promoted it (a sentence opener). An honorific ("Sir", "Mr")
// opens no sentence: after a comma it opens a name ("its chairman, Sir
// Ada Kell, said"). The lead rules read a lead's first sentence and stop
// there.
func (w word) opensSentence() bool {
	return !w.joined && w.upper && (!w.name || w.promoted) && w.lex&lexTitle == 0
}
