package thread

import "strings"

// A report that a measure went up or down tells it by a verb ("Ferry
// tickets to the islands will rise by 6 per cent in May", "School
// dinner prices fell for a second term"); a sub-editor names the
// matter by the measure and the noun: "ferry tickets rise", "dinner
// prices fall". The movement rule finds such a verb in the lead's first
// sentence whose subject is a lower-case noun phrase (a thing, not a
// firm: "Harrowby Tiles rose 3 per cent" is a share price, which the
// market rules and the event that moved it name), with a measure after
// it ("by", "to", "for", a figure, an adverb or the clause's end), and
// ends the label with the phrase's last two words and "rise" or "fall".
// "Up" and "down" after a form of "be" and before a figure tell a
// movement too ("ticket sales were up 18 per cent").
//
// It leaves the lead alone when the movement is a circumstance: the
// subject after "after", "despite", "amid" or "as" ("after its profits rose",
// "as wool prices slid"), or an event after the verb that explains
// it ("rose 5 per cent after landing an order": the order is the
// news). Idioms of the verbs ("fell ill", "fell asleep", "fall short",
// "a branch fell onto the road") have no measure after them and so tell
// no movement. The rule comes after every other rule of the lead's
// event and only fires when none of them has.

// shiftVerbs maps the verb forms of a movement to the label's noun.
var shiftVerbs = newLowerWords(map[string]string{
	"rise": "rise", "rises": "rise", "rose": "rise", "risen": "rise", "rising": "rise",
	"fall": "fall", "falls": "fall", "fell": "fall", "fallen": "fall", "falling": "fall",
})

// shiftAux are the words between a movement's subject and its verb
// ("will rise", "are set to rise", "have fallen", "continue to fall").
var shiftAux = toSet(`will would could may might has have had is are was were been be set due expected likely to continue continued continues again also now still already`)

// shiftMeasures are the words after a movement's verb that tell its
// measure ("by a fifth", "to 2.9 per cent", "for a second year",
// "from £2").
var shiftMeasures = toSet(`by to from for per again sharply steeply slightly further more less above below back`)

// shiftCircumstance are the words before a movement's subject that make
// it a circumstance of another matter.
var shiftCircumstance = toSet(`after despite amid as because while if though although following`)

// shiftCause are the words after a movement's verb that tell the event
// that caused it, which is the news.
var shiftCause = toSet(`after despite following`)

// shiftPreps may open a phrase between the subject and the verb ("fees
// in Wales will rise").
var shiftPreps = toSet(`in at across on for of`)

// shiftRelative are the words that open a relative clause: a movement
// there is a circumstance of the matter.
var shiftRelative = toSet(`which whose where when whom`)

// shiftWords is how many words of the lead the movement rule looks in,
// and shiftCauseWords how far after the verb a cause counts.
const (
	shiftWords      = 40
	shiftCauseWords = 12
)

// leadShift returns the subject phrase (the words lead[from:to]) and the
// noun of the movement rule in lead, the thread's lead paragraph.
func (lb *labeler) leadShift(lead []word) (from, to int, noun string, ok bool) {
	n := min(len(lead), shiftWords)
	for i := range leadScan(lead, n, false) {
		nn, isMove := shiftVerbs.get(lead[i].surface)
		if !isMove {
			nn, isMove = shiftUpDown(lead, i)
		} else if !shiftMeasured(lead, i) {
			continue
		}
		if !isMove || shiftCaused(lead, i, n) {
			continue
		}
		if f, t, ok := lb.shiftSubject(lead, i); ok {
			return f, t, nn, true
		}
	}
	return 0, 0, "", false
}

// shiftMeasured reports whether a measure follows the movement verb
// lead[i]: a measure word, an adverb, or the end of its clause.
func shiftMeasured(lead []word, i int) bool {
	if i+1 >= len(lead) || !lead[i+1].joined {
		return true // the clause ends: "visitor numbers will fall."
	}
	nx := lead[i+1]
	if nx.lex&lexAdverb != 0 {
		return true // "rose sharply to 2.9 per cent"
	}
	_, ok := shiftMeasures[strings.ToLower(nx.surface)]
	return ok
}

// shiftCaused reports whether "after", "despite" or "following" comes
// soon after the movement verb lead[i], in its sentence.
func shiftCaused(lead []word, i, n int) bool {
	for j := i + 1; j < n && j <= i+shiftCauseWords; j++ {
		w := lead[j]
		if w.opensSentence() {
			return false
		}
		if _, ok := shiftCause[strings.ToLower(w.surface)]; ok {
			return true
		}
	}
	return false
}

// shiftSubject returns the subject phrase of the movement verb lead[v]:
// the lower-case noun phrase before it, past auxiliaries and up to two
// phrases after a preposition ("Ferry tickets in Orkney will rise", "the
// queue for driving tests in Wales rose").
func (lb *labeler) shiftSubject(lead []word, v int) (from, to int, ok bool) {
	j := v - 1
	for j >= 0 && lead[j+1].joined {
		if _, aux := shiftAux[strings.ToLower(lead[j].surface)]; !aux {
			break
		}
		j--
	}
	if j < 0 || !lead[j+1].joined {
		return 0, 0, false
	}
	for hop := 0; ; hop++ {
		// the phrase's words back from its head lead[j]
		from = j
		for from > 0 && lead[from].joined && (lb.phraseWord(lead[from-1]) || lead[from-1].lex&lexDet != 0) {
			from--
		}
		if from == 0 || !lead[from].joined {
			break // the clause opens with the phrase
		}
		// the word before the phrase
		b := strings.ToLower(lead[from-1].surface)
		if _, ok := shiftCircumstance[b]; ok {
			return 0, 0, false // "after profits rose"
		}
		if _, ok := shiftRelative[b]; ok {
			return 0, 0, false // "a scheme under which thefts fell"
		}
		if _, ok := shiftPreps[b]; !ok || hop == 2 {
			if lead[from-1].stop && b != "that" {
				return 0, 0, false // "away from home"
			}
			break
		}
		// a phrase after a preposition: the subject comes before it
		j = from - 2
		if j < 0 || !lead[j+1].joined {
			return 0, 0, false
		}
	}
	if !lb.shiftNoun(lead[j]) {
		return 0, 0, false // a name before the verb: a firm's share price
	}
	to = j + 1
	// the phrase's last content words, past determiners, names and
	// modifiers that are no nouns ("average", "regulated")
	from = j
	for from > 0 && to-from < 3 && lead[from].joined && lb.shiftModifier(lead[from-1]) {
		from--
	}
	return from, to, true
}

// shiftNoun reports whether w can be a word of a movement's subject: a
// lower-case content word (or a sentence's capitalised first word that
// is no name) that can be a noun.
func (lb *labeler) shiftNoun(w word) bool {
	if w.stop || w.name && !w.promoted || w.lex&(lexFigure|lexShort|lexPast) != 0 || w.lex&lexGeneric != 0 && !headlineNoun(w) || lb.openerOfName(w) {
		return false
	}
	return lb.kind(w)&(kindVerb|kindNotNoun) == 0
}

// phraseWord reports whether w can be a word of a noun phrase: a
// content word or a name, not a verb ("data showed rents rose").
func (lb *labeler) phraseWord(w word) bool {
	return !w.stop && w.lex&lexPast == 0 && (w.name || lb.kind(w)&kindVerb == 0)
}

// shiftModifier reports whether w can modify a movement's subject as
// a noun does: a lower-case content word, an -ing noun ("booking fees",
// "opening hours") or a general one ("price cap"), but no adjective,
// adverb or participle ("average", "regulated").
func (lb *labeler) shiftModifier(w word) bool {
	if w.stop || w.name && !w.promoted || w.lex&(lexFigure|lexShort|lexAdjective|lexAdverb|lexPast) != 0 || lb.openerOfName(w) {
		return false
	}
	if strings.HasSuffix(strings.ToLower(w.surface), "ing") {
		return true
	}
	return lb.kind(w)&(kindVerb|kindNotNoun) == 0
}

// openerOfName reports whether w, capitalised, is a name opening its
// sentence ("Norway's jobless total rose"): the story writes it as a
// name mid-sentence and never in lower case.
func (lb *labeler) openerOfName(w word) bool {
	return w.upper && lb.caseKnown && lb.midName[w.id] && !lb.lower[w.id]
}

// shiftLabel returns label (whose first nameLen words are the name) with
// its topic replaced by the movement rule's subject lead[from:to] and
// noun. The name stays when the lead's first sentence uses it before the
// subject as the party whose measure moved ("Ferry tickets in
// Orkney", "Harrowby Tiles said sales fell"), not as the source of the
// figures ("pollsters Quillan Research showed trust fell").
func shiftLabel(label []string, nameLen int, lead []word, from, to int, noun string) []string {
	out := label[:0:0]
	if nameLen > 0 && partyBefore(label[:nameLen], lead, to) && nameLen+(to-from)+1 <= 5 {
		out = append(out, label[:nameLen]...)
	}
	for _, w := range lead[from:to] {
		out = append(out, strings.ToLower(w.surface))
	}
	return append(out, noun)
}

// sourceVerbs after a name make it the source of a report's figures.
var sourceVerbs = toSet(`said says showed shows found finds revealed reveals reported reports figures data`)

// partyBefore reports whether a word of the label's name is one of
// lead[:end], not right before a verb that makes it a source.
func partyBefore(name []string, lead []word, end int) bool {
	for i, w := range lead[:end] {
		if !w.name && !w.upper {
			continue // a name, or a name opening the sentence
		}
		for _, s := range name {
			if !strings.EqualFold(s, w.surface) {
				continue
			}
			k := i + 1
			for k < end && lead[k].name {
				k++
			}
			if k < end {
				if _, ok := sourceVerbs[strings.ToLower(lead[k].surface)]; ok {
					return false
				}
			}
			return true
		}
	}
	return false
}

// shiftUpDown returns the noun of "up" or "down" at lead[i] used as a
// movement: after a form of "be" and before a figure, "by" or "a" ("sales
// were up 18 per cent", "the harvest is down by a third"), not "up for
// sale" or "down to earth".
func shiftUpDown(lead []word, i int) (string, bool) {
	l := strings.ToLower(lead[i].surface)
	if l != "up" && l != "down" || i+1 >= len(lead) {
		return "", false
	}
	if _, be := passiveBe[strings.ToLower(lead[i-1].surface)]; !be || !lead[i].joined {
		return "", false
	}
	nx := lead[i+1]
	if nx.joined && !nx.afterA && !strings.EqualFold(nx.surface, "by") {
		return "", false
	}
	if !nx.joined && (nx.upper || nx.lex&lexFigure == 0 && !strings.EqualFold(nx.surface, "per")) {
		return "", false // the clause ends: "prices are up."
	}
	if l == "up" {
		return "rise", true
	}
	return "fall", true
}
