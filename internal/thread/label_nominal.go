package thread

import "strings"

// A headline names what happened by a noun where the report tells it by
// a verb: "Ottervale Foods slid after warning that profits would miss
// forecasts" is a "profit warning", "Pelbridge Bank is to close 40
// branches" a round of "branch closures", "Skelwith Games fell after
// delaying the launch of its next title" a "launch delay", "Marnock Pubs
// rose after agreeing to sell 30 pubs" a "pub sale", "regulators
// approved its treatment" a "treatment approval", "Calder Water slipped
// after the regulator fined it £18million" a "fine", "the Tassby lido
// will reopen in May" a "lido reopening", "the Harnby bypass opens to
// traffic" a "bypass opening". The event-noun rule
// finds such a verb (or the noun itself: "its second profit warning",
// "the closure of") in the lead's first sentence and ends the label with
// the noun, after the thing it happened to:
//
//   - what is closed, sold or delayed: the noun phrase right after the
//     verb, past determiners, figures and a quantity ("40 of its
//     branches", "its chain of gyms"), or the modifier of the noun
//     ("profit warning"), or else the label's topic word when the lead
//     uses it in front of the verb ("the village library is to close";
//     what reopens only in the verb's own clause: "the hall, shut since
//     a fire, will reopen" reopens no fire);
//   - what is warned of: the label's topic word when the lead uses it in
//     the clause after the warning, else nothing ("Ottervale Foods
//     warning").
//
// The verb must be the lead's own: after a name, a pronoun, "after", or
// a noun with its determiner ("the cabinet maker warned"), not another
// party's ("farmers warned", "customers delayed orders"), and not a
// passive warning ("walkers have been warned"). "To close" and "to sell"
// count after an agreement or a plan ("agreed to sell", "is to close"),
// not after a failure ("failed to sell"); "closed" and "closing" only as
// a state ("remains closed", "is closing"), never a market's close;
// an approval counts whoever grants it, but not one to come ("could be
// approved") nor "cleared" of anything but "for" use; so does a fine,
// but not in the passive ("was fined"), which the fate rule labels
// (label_fate.go) or which is a side detail ("in the same year it was
// fined");
// "closing in on" and an idiom's object ("close the gap", "close a deal")
// tell no event, and a noun after a threat ("threatened with closure",
// "despite the closure of") none either. A warning is a report of
// something to come: when the sentence names another of these events too
// ("warned that a delay would push back the launch"), that event is the
// news.

// nominal is an event verb or noun found in a lead paragraph: the word
// indexes of its first and last words, and the event's noun.
type nominal struct {
	at, end int
	noun    string
	warn    bool // a warning, which another event found beats
	isNoun  bool // the lead names the event by its noun
	plural  bool // the lead uses the noun in the plural
}

// Event-noun rule constants.
const (
	// nominalWords is how many words of the lead paragraph the rule
	// looks in for the event.
	nominalWords = 40
	// nominalBefore is the most words from the topic's first use to
	// the event when the topic comes first ("its Hexford studio will
	// close", "results would be delayed").
	nominalBefore = 15
	// nominalClause is the most words from a warning to the topic
	// word it warns of.
	nominalClause = 20
)

// Kinds of the words of eventForms.
const (
	formNoun  = iota // "closure", "sale"
	formPast         // "warned", "delayed"
	formIng          // "warning", "delaying"
	formThird        // "warns", "delays"
	formBare         // "close", "sell": a verb only after "to" or a modal
	formStay         // "closed": a state, after "is", "remains", "stay"…
	formGrant        // "approved": whoever grants it, the approval is the news
)

// eventForm is a word that tells an event of the event-noun rule.
type eventForm struct {
	noun string
	kind int
}

// eventForms maps the words that tell an event to the event's noun.
var eventForms = map[string]eventForm{
	"warned": {"warning", formPast}, "warning": {"warning", formIng}, "warns": {"warning", formThird}, "warnings": {"warning", formNoun},
	"delayed": {"delay", formPast}, "delaying": {"delay", formIng}, "delays": {"delay", formThird}, "delay": {"delay", formBare},
	"postponed": {"delay", formPast}, "postponing": {"delay", formIng},
	"pushed": {"delay", formPast}, "pushing": {"delay", formIng}, // with "back"
	"close": {"closure", formBare}, "closing": {"closure", formIng}, "closed": {"closure", formStay},
	"closure": {"closure", formNoun}, "closures": {"closure", formNoun},
	"sell": {"sale", formBare}, "sale": {"sale", formNoun},
	"approved": {"approval", formGrant}, "cleared": {"approval", formGrant}, "approval": {"approval", formNoun},
	"fined": {"fine", formGrant},
	"opens": {"opening", formThird}, "opened": {"opening", formPast},
	"reopen": {"reopening", formBare}, "reopens": {"reopening", formThird}, "reopened": {"reopening", formPast}, "reopening": {"reopening", formIng},
}

// eventWords looks eventForms up.
var eventWords = newLowerWords(eventForms)

// bareAux are the words after which a bare form is a verb.
var bareAux = toSet(`to will would shall could`)

// stayWords are the forms of "be", "stay" and "remain" before a
// participle that tells a state ("remains closed").
var stayWords = toSet(`is was were are been be being remain remains remained stay stays stayed`)

// ownSubjectWords may stand right before a verb whose subject is the
// lead's own ("after warning", "it warned", "has delayed", "which
// warned").
var ownSubjectWords = toSet(`after it they he she we which who that and also then now`)

// leadNominal returns the event of the event-noun rule in lead, the
// thread's lead paragraph.
func leadNominal(lead []word) (nominal, bool) {
	var warn nominal
	found := false
	n := min(len(lead), nominalWords)
	for i := 0; i < n; i++ {
		if w := lead[i]; i > 0 && w.opensSentence() {
			break // the lead's first sentence ends
		}
		e, ok := nominalAt(lead, i)
		if !ok {
			continue
		}
		if !e.warn {
			return e, true
		}
		if !found {
			warn, found = e, true
		}
	}
	return warn, found
}

// nominalAt reports whether lead[i] tells an event of the event-noun
// rule, and which.
func nominalAt(lead []word, i int) (nominal, bool) {
	w := lead[i]
	if w.upper {
		return nominal{}, false
	}
	f, ok := eventWords.get(w.surface)
	if !ok {
		return nominal{}, false
	}
	var prev, next word
	if i > 0 && w.joined {
		prev = lead[i-1]
	}
	if i+1 < len(lead) && lead[i+1].joined {
		next = lead[i+1]
	}
	pl, nl := strings.ToLower(prev.surface), strings.ToLower(next.surface)
	e := nominal{at: i, end: i, noun: f.noun, warn: f.noun == "warning"}
	if strings.HasPrefix(w.surface, "push") {
		if nl != "back" {
			return nominal{}, false
		}
		e.end = i + 1
	}
	kind := f.kind
	if kind == formIng && e.warn && nounContext(lead, i) {
		kind = formNoun // "a profit warning"
	}
	if kind == formBare && f.noun == "delay" {
		if _, ok := bareAux[pl]; !ok {
			kind = formNoun // "a delay", "the delay to"
		}
	}
	if kind == formIng && f.noun == "reopening" && nounContext(lead, i) {
		kind = formNoun // "the reopening of the line"
	}
	if f.noun == "opening" && !selfOpening(lead, i) {
		return nominal{}, false // "opened an investigation", "opens 40 shops": what the subject opens is no opening
	}
	if (f.noun == "reopening" || f.noun == "opening") && timeClause(lead, i) {
		return nominal{}, false // "when the transfer window reopens": a time, not the news
	}
	if kind == formThird && f.noun == "delay" && !ownSubject(lead, i) {
		kind = formNoun // "long delays"
	}
	switch kind {
	case formNoun:
		if e.warn && (!nounContext(lead, i) || nl == "of") {
			return nominal{}, false // "residents warning of rats", "prompting warnings of"
		}
		if (pl == "for" || pl == "on") && (i < 2 || !strings.EqualFold(lead[i-2].surface, "up")) {
			return nominal{}, false // "cleared for sale", not "put up for sale"
		}
		if threatened(lead, i) {
			return nominal{}, false // "threatened with closure", "despite the closure of"
		}
		e.isNoun, e.plural = true, strings.HasSuffix(w.surface, "s")
	case formBare:
		if _, ok := bareAux[pl]; !ok {
			return nominal{}, false
		}
		if pl == "to" {
			if i < 2 || !lead[i-1].joined {
				return nominal{}, false
			}
			if _, ok := intentWords[strings.ToLower(lead[i-2].surface)]; !ok {
				return nominal{}, false // "failed to sell", "cut its rating to sell"
			}
		}
	case formStay:
		if _, ok := stayWords[pl]; !ok {
			return nominal{}, false
		}
	case formGrant:
		if strings.EqualFold(w.surface, "cleared") && nl != "for" {
			return nominal{}, false // "cleared of wrongdoing", not "cleared for use"
		}
		if prev.surface == "" || prev.name && !prev.joined || lead[i-1].lex&lexDet != 0 {
			return nominal{}, false // "the approved list"
		}
		if _, be := passiveBe[pl]; be && f.noun == "fine" {
			return nominal{}, false // "was fined": the fate rule's, or a side detail ("in the year it was fined")
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if _, ok := passiveBlock[strings.ToLower(lead[j].surface)]; ok || strings.EqualFold(lead[j].surface, "will") {
				return nominal{}, false // "could be approved next year": not yet
			}
		}
	default:
		if f.noun == "closure" && (nl == "in" || nl == "on") {
			return nominal{}, false // "closing in on a deal"
		}
		if f.noun == "closure" {
			if _, ok := stayWords[pl]; !ok {
				return nominal{}, false // "the previous closing price"
			}
		}
		if !ownSubject(lead, i) && f.noun != "opening" {
			return nominal{}, false // "customers delayed orders"; what opens itself (selfOpening) is the lead's matter
		}
		if e.warn && kind == formPast && i > 0 {
			if _, be := passiveBe[pl]; be {
				return nominal{}, false // "farmers have been warned"
			}
		}
	}
	return e, true
}

// ownSubject reports whether the verb lead[i] follows a name, a pronoun,
// "after", or a noun with a determiner ("the firm"), or an auxiliary
// after one of them: the subject of the lead, not some other party
// ("backbenchers warned", "turkey farmers have warned").
func ownSubject(lead []word, i int) bool {
	if i == 0 || !lead[i].joined {
		return false
	}
	p := lead[i-1]
	l := strings.ToLower(p.surface)
	if _, ok := verbAuxWords[l]; ok {
		if i >= 2 && lead[i-1].joined && !lead[i-2].stop && !lead[i-2].upper && lead[i-2].lex&lexAdverb == 0 {
			return determined(lead, i-2) // "the firm has warned", not "farmers have warned"
		}
		return true
	}
	if _, ok := ownSubjectWords[l]; ok || p.name || p.upper {
		return true
	}
	return determined(lead, i-1)
}

// determined reports whether the content word lead[i] ends a noun
// phrase that a determiner opens, a few words back ("the firm", "the
// cabinet maker").
func determined(lead []word, i int) bool {
	for j := i; j >= 0 && j >= i-3; j-- {
		w := lead[j]
		if w.lex&lexDet != 0 {
			return j < i
		}
		if w.stop || w.upper || !w.joined {
			return false
		}
	}
	return false
}

// verbAuxWords are auxiliaries a verb of the event-noun rule may follow.
var verbAuxWords = toSet(`has have had is was are were will would be been being`)

// intentWords are the words before "to" that make "to close" or "to
// sell" the news: an agreement, a plan, a decision ("agreed to sell",
// "is to close", "was forced to close"), not a failure or a rating
// ("failed to sell", "cut its rating to sell").
var intentWords = toSet(`agree agrees agreed agreeing plan plans planned planning is are was were set decide decides decided deciding vote votes voted want wants wanted hope hopes hoped expected forced propose proposes proposed proposing move bid offer deal talks decision intends intend intended intending`)

// nounContext reports whether lead[i] stands where a noun does: after
// a determiner or "a", or after a modifier that does ("a profit warning",
// "its second profit warning", "an amber warning").
func nounContext(lead []word, i int) bool {
	w := lead[i]
	if w.afterA {
		return true
	}
	if i == 0 || !w.joined {
		return false
	}
	p := lead[i-1]
	if p.lex&lexDet != 0 {
		return true
	}
	if p.stop || p.name {
		return false
	}
	if p.afterA {
		return true
	}
	return i >= 2 && p.joined && (lead[i-2].lex&lexDet != 0 || lead[i-2].afterA)
}

// nominalLabel returns label (whose first nameLen words are the name,
// its topic the term candidate topic or nil) ended by the event e of
// the lead paragraph lead, after the thing it happened to (the
// event-noun rule); terms are the thread's term candidates, used marks
// the label's stems.
func (lb *labeler) nominalLabel(label []string, nameLen int, topic *cand, lead []word, e nominal, terms []*cand, used []bool) []string {
	for _, s := range label {
		l := strings.ToLower(s)
		if l == e.noun || l == e.noun+"s" {
			return label // "… profit warning" already
		}
	}
	var obj *cand
	inLead := topic != nil && topic.pos >= 0
	switch {
	case e.isNoun:
		// the noun's modifier ("profit warning", "store closures"),
		// or what follows "of" ("the sale of its cigar arm")
		obj = lb.compoundBefore(lead, e.at, terms)
		if e.end+1 < len(lead) && lead[e.end+1].joined {
			if l := lead[e.end+1].surface; obj == nil && (l == "of" || l == "to" && e.noun == "delay") {
				obj, _ = lb.objectAfter(lead, e.end+2, terms) // "delays to a warship contract"
			}
		}
	case e.warn:
		// what is warned of is a clause: the topic when the lead uses
		// it there
		if inLead && topic.pos > e.end && topic.pos <= e.end+nominalClause {
			obj = topic
		}
	default:
		// what is closed, sold or delayed: the noun phrase right after
		// the verb
		var idiom bool
		if obj, idiom = lb.objectAfter(lead, e.end+1, terms); idiom {
			return label // "close its doors", "close the gap": no event of the rule
		}
	}
	if obj == nil && !e.warn && inLead && topic.pos < e.at && topic.pos >= e.at-nominalBefore && (e.noun != "reopening" && e.noun != "opening" || sameClause(lead, topic.pos, e.at)) {
		obj = topic // the subject in front of the verb: "the studio will close"
	}
	if obj == nil && nameLen == 0 {
		return label // nothing left to name what happened
	}
	out := label[:nameLen:nameLen]
	plural := e.plural
	var words []word
	if obj != nil {
		words = obj.words
		if nameLen+len(words)+1 > 5 {
			words = words[len(words)-1:] // the head alone
		}
	}
	if nameLen+len(words)+1 <= 5 {
		for i, w := range words {
			s := strings.ToLower(w.surface)
			if i == len(words)-1 && (e.noun == "closure" || e.noun == "sale" || e.noun == "warning") {
				if t := singular(s); t != s {
					s, plural = t, true
				}
			}
			out = append(out, s)
		}
	}
	noun := e.noun
	if plural && noun == "closure" {
		noun += "s"
	}
	return append(out, noun)
}

// objectAfter returns the term candidate that names the noun phrase
// opening at word i of lead after determiners ("its smaller stores",
// "the launch of"): its head noun, with the word before it when the two
// make a noun compound ("care homes"), or nil. A quantity or a
// collection ("half of", "its chain of") gives way to the phrase after
// "of" or "in", a proposal ("plans for") to the phrase after "for".
func (lb *labeler) objectAfter(lead []word, i int, terms []*cand) (obj *cand, idiom bool) {
	for range 2 {
		// determiners, figures ("four of its") and a possessor's name
		// ("Hexford's mill") come before the phrase
		for i < len(lead) && (lead[i].lex&(lexDet|lexFigure) != 0 || lead[i].surface == "of" || numberWord(lead[i]) || lead[i].name && i+1 < len(lead) && lead[i+1].joined || shareWord(lead, i)) {
			i++
		}
		if i >= len(lead) || lead[i].stop || lead[i].upper || lb.kind(lead[i])&kindVerb != 0 || lead[i].lex&lexAdverb != 0 {
			return nil, false
		}
		end := i
		for end+1 < len(lead) && lead[end+1].joined && !lead[end+1].stop && !lead[end+1].upper && end+1-i < 4 && !phraseEnd(lb, lead[end+1]) {
			end++
		}
		var buf [32]byte
		head := appendLower(buf[:0], lead[end].surface)
		if _, ok := partitives[string(head)]; ok && end+1 < len(lead) && lead[end+1].joined {
			if l := strings.ToLower(lead[end+1].surface); l == "of" || l == "in" {
				i = end + 2
				continue
			}
		}
		if _, ok := proposals[string(head)]; ok && end == i && end+1 < len(lead) && lead[end+1].joined && strings.EqualFold(lead[end+1].surface, "for") {
			i = end + 2 // "approved plans for 1,200 homes": the homes are the news
			continue
		}
		if _, ok := idiomObjects[string(head)]; ok {
			return nil, true // "close the gap", "close a deal"
		}
		if _, ok := doorObjects[string(head)]; ok || lb.kind(lead[end])&kindNotNoun != 0 {
			return nil, false
		}
		return lb.phraseAt(lead, i, end, terms), false
	}
	return nil, false
}

// compoundBefore returns the term candidate that ends right before
// lead[at] and modifies it, or nil.
func (lb *labeler) compoundBefore(lead []word, at int, terms []*cand) *cand {
	if at == 0 || !lead[at].joined {
		return nil
	}
	end := at - 1
	if w := lead[end]; w.stop || w.upper || lb.kind(w)&(kindNotNoun|kindVerb) != 0 || w.lex&(lexAdverb|lexAdjective) != 0 {
		return nil
	}
	i := end
	if i > 0 && lead[i].joined && !lead[i-1].stop && !lead[i-1].upper {
		i--
	}
	return lb.phraseAt(lead, i, end, terms)
}

// phraseAt returns the term candidate of the head noun lead[end], or of
// the two words ending there when they make a noun compound and i, the
// phrase's first word, comes before end; or nil.
func (lb *labeler) phraseAt(lead []word, i, end int, terms []*cand) *cand {
	var head, pair *cand
	for _, c := range terms {
		switch {
		case len(c.words) == 1 && sameStems(lead[end:end+1], c.words):
			head = c
		case len(c.words) == 2 && end > i && sameStems(lead[end-1:end+1], c.words) && lb.nounCompound(c.words):
			pair = c
		}
	}
	if pair != nil {
		return pair
	}
	return head
}

// proposals are the papers a body approves or refuses ("plans",
// "an application"); a headline names what they are for: "approved plans
// for 1,200 homes" is a "homes approval".
var proposals = toSet(`plan plans proposal proposals application applications`)

// partitives are quantities and collections that a noun phrase names
// before what it is of ("half of its stake", "its chain of gyms").
var partitives = toSet(`half half-share share part rest majority most some all chain portfolio network string number handful dozens hundreds thousands flock herd collection pair fleet`)

// idiomObjects are the objects of idioms of the event verbs, which
// tell no event of the rule: "close the gap", "close a deal".
var idiomObjects = toSet(`gap gaps loophole loopholes deal deals offer offers`)

// doorObjects are the objects of "close its doors", which tell that the
// subject closes.
var doorObjects = toSet(`doors door gates`)

// singular returns the singular of a plural noun s in lower case, for
// a noun that modifies another ("store closures"), or s.
func singular(s string) string {
	if _, ok := pluralNouns[s]; ok {
		return s
	}
	switch {
	case len(s) < 4 || !strings.HasSuffix(s, "s"):
		return s
	case strings.HasSuffix(s, "ss") || strings.HasSuffix(s, "us") || strings.HasSuffix(s, "is"):
		return s
	case strings.HasSuffix(s, "ies") && len(s) > 4:
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "ches") || strings.HasSuffix(s, "shes") || strings.HasSuffix(s, "sses") || strings.HasSuffix(s, "xes") || strings.HasSuffix(s, "uses"):
		return s[:len(s)-2]
	}
	return s[:len(s)-1]
}

// pluralNouns are plurals whose singular means something else.
var pluralNouns = toSet(`sales news goods earnings savings arms proceeds customs accounts talks`)

// threatWords before an event's noun (and its determiner) make it a
// threat or a circumstance, not the news.
var threatWords = toSet(`from with faces face facing faced threat risk despite`)

// threatened reports whether a threat word stands before the noun
// lead[i], right before it or before its determiner.
func threatened(lead []word, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2 && lead[j+1].joined; j-- {
		if _, ok := threatWords[strings.ToLower(lead[j].surface)]; ok {
			return true
		}
		if lead[j].lex&lexDet == 0 {
			return false
		}
	}
	return false
}

// numberWords are the numbers written in words.
var numberWords = toSet(`one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred`)

// numberWord reports whether w is a number written in words.
func numberWord(w word) bool {
	var buf [32]byte
	_, ok := numberWords[string(appendLower(buf[:0], w.surface))]
	return ok
}

// nominalVerbs are the news verbs of the verb rule (label_verb.go) that
// give way to the event-noun rule when it finds an event: a headline
// says "branch closures" and "profit warning" more than "closes
// branches" and "warns profits".
var nominalVerbs = map[string]bool{"warns": true, "delays": true, "closes": true}

// phraseEnd reports whether w, after a noun phrase's first word, ends
// the phrase rather than continuing it: a participle, an adverb, a
// word that is no noun or a preposition ("a country mansion built in",
// "a cottage near").
func phraseEnd(lb *labeler, w word) bool {
	if w.lex&(lexPast|lexAdverb) != 0 || lb.kind(w)&(kindVerb|kindNotNoun) != 0 {
		return true
	}
	_, ok := nounPhraseEnds[strings.ToLower(w.surface)]
	return ok
}

// nounPhraseEnds are prepositions the stopword list lacks, and
// participles no ending marks ("built").
var nounPhraseEnds = toSet(`near overlooking opposite beside behind towards built made`)

// lowerWords is a closed list of lower-case words with what each maps
// to, looked up in any case. It keeps the set of its words' first bytes,
// so that a word no entry can start with is turned away before it is
// lowered and hashed: the label rules ask it of every word of a lead.
type lowerWords[V any] struct {
	m     map[string]V
	first [256]bool
}

// newLowerWords indexes m, whose keys are lower case.
func newLowerWords[V any](m map[string]V) *lowerWords[V] {
	x := &lowerWords[V]{m: m}
	for k := range m {
		if k != "" {
			x.first[k[0]] = true
		}
	}
	return x
}

// get returns what s, lowered, maps to.
func (x *lowerWords[V]) get(s string) (V, bool) {
	if s == "" {
		var zero V
		return zero, false
	}
	c := s[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	if !x.first[c] {
		var zero V
		return zero, false
	}
	var buf [32]byte
	v, ok := x.m[string(appendLower(buf[:0], s))]
	return v, ok
}

// sameClause reports whether no punctuation stands between lead[from]
// and lead[to]: "the pool will reopen", not "the hall, shut since a
// fire, will reopen", whose fire does not reopen.
func sameClause(lead []word, from, to int) bool {
	for j := from + 1; j <= to && j < len(lead); j++ {
		if !lead[j].joined {
			return false
		}
	}
	return true
}

// shareWords say how much of something a figure is ("more than 90 per
// cent of its pubs", "almost half of").
var shareWords = toSet(`more less fewer than per cent percent almost nearly around about roughly`)

// shareWord reports whether lead[i] says how much of the phrase after
// it the verb takes: a word of shareWords before a figure (which the
// tokens leave out), a number word or another such word ("more than
// half"), or "per cent".
func shareWord(lead []word, i int) bool {
	var buf [32]byte
	l := string(appendLower(buf[:0], lead[i].surface))
	if _, ok := shareWords[l]; !ok || i+1 >= len(lead) {
		return false
	}
	n := lead[i+1]
	switch l {
	case "per":
		return strings.EqualFold(n.surface, "cent")
	case "cent", "percent":
		return strings.EqualFold(n.surface, "of")
	}
	return !n.joined || n.lex&lexFigure != 0 || numberWord(n) || shareWord(lead, i+1) || strings.EqualFold(n.surface, "half")
}

// timeWords open a clause of time or condition.
var timeWords = toSet(`when until till before once if unless whenever`)

// timeClause reports whether the verb lead[i] stands in a clause of
// time or condition: a word of timeWords a few words before it in its
// clause ("when the transfer window reopens").
func timeClause(lead []word, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if wordIn(timeWords, lead[j]) {
			return true
		}
		if !lead[j+1].joined {
			return false
		}
	}
	return false
}

// openAfter are the words after "opens" or "opened" that tell the
// subject itself opens: "opens to traffic", "opened on Monday", "opens
// next month", "opened its doors".
var openAfter = toSet(`to on next this tomorrow today yesterday its their`)

// openTo are the ones a place opens to ("opened to the public").
var openTo = toSet(`traffic public visitors customers passengers the`)

// selfOpening reports whether the verb lead[i] ("opens", "opened") tells
// that its subject opens, not that it opens something: a word of
// openAfter follows ("to" before a word of openTo, "its" or "their"
// before "doors").
func selfOpening(lead []word, i int) bool {
	if i+2 >= len(lead) || !lead[i+1].joined || !wordIn(openAfter, lead[i+1]) {
		return false
	}
	switch strings.ToLower(lead[i+1].surface) {
	case "to":
		return wordIn(openTo, lead[i+2])
	case "its", "their":
		return wordIn(doorObjects, lead[i+2])
	}
	return true
}
