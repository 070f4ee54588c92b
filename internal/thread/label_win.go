package thread

import "strings"

// A lead tells of a prize, a title, a contract or a sum its subject won
// or an honour or payment it received: "A retired postwoman from the
// coast has won the Fellbeck Prize for fiction", "Tom Pemberton, coxswain
// of the lifeboat for 19 years, received his MBE at the palace", "The
// council's former chief executive received a pay-off of £300,000". A
// sub-editor names the matter by the subject, the verb and what was won:
// "postwoman wins Fellbeck Prize", "Tom Pemberton receives MBE", "chief
// executive receives pay-off"; a sum won on a game is that game's win
// ("A couple from the town have won £1million on the lottery" is
// "couple lottery win"). The verb rule (label_verb.go) wants the label's
// name right before the verb; the win rule takes the subject that opens
// the lead's first sentence, as the fate rule does (label_fate.go), past
// a relative clause, an apposition or a phrase of origin ("from the
// town") between it and the verb.
//
// It keeps out when the verb is a side detail (in a relative or an
// adverbial clause: "who won a world title in 2019", "after the club
// won the cup"), negated or modal, and when what was won is only a
// figure with no game ("shares won 5p"). A passive ("the quiz was won
// by") has no object, and a reader's letter ("I have received") no
// subject the rule takes.

// winVerbs maps the past forms of winning and receiving to the label's
// verb.
var winVerbs = map[string]string{"won": "wins", "received": "receives"}

// winLinks may open what stands between the win's subject and its verb:
// a relative clause, an "of" phrase, a phrase of origin or place.
var winLinks = toSet(`who which that of from in at`)

// winSkip open what was won before its noun: determiners and
// possessives, and "more than" before a figure.
var winSkip = toSet(`the a an his her their its our my your this more than almost nearly over`)

// winInner are function words inside the noun phrase of what was won
// that the label leaves out ("their first ever seat").
var winInner = toSet(`ever very most`)

// winObjectWords is the most words of what was won the label keeps.
const winObjectWords = 2

// win is a win found in a lead: its subject lead[from:to], the label's
// verb and what was won (the label's words). game is set for a sum won
// on a game ("on the lottery"): the game's word.
type win struct {
	from, to int
	verb     string
	object   []string
	game     string
}

// leadWin returns the win of the win rule in lead, the thread's lead
// paragraph.
func leadWin(lead []word) (win, bool) {
	n := min(len(lead), fateWords)
	h0, h1, ok := openingSubject(lead, n)
	if !ok {
		return win{}, false
	}
	for i := range leadScan(lead, n, false) {
		v, isWin := winVerbs[strings.ToLower(lead[i].surface)]
		if !isWin {
			continue
		}
		if _, ok := subjectVerb(lead, h1, i); !ok {
			continue
		}
		obj, game, ok := winObject(lead, i+1, n)
		if !ok || len(obj) > 0 && winReaction(obj[len(obj)-1]) {
			return win{}, false
		}
		return win{from: h0, to: h1, verb: v, object: obj, game: game}, true
	}
	return win{}, false
}

// openingSubject returns the noun phrase that opens the first sentence of
// lead (its first n words) as the win rule and the naming rule
// (label_named.go) take it: the fate rule's opening phrase, or a phrase
// a participle or an adjective opens, as in the cancellation rule
// (label_cancel.go): "A retired ferryman".
func openingSubject(lead []word, n int) (h0, h1 int, ok bool) {
	h0, h1, ok = openingPhrase(lead, n)
	if ok {
		return h0, h1, true
	}
	if h0, ok = cancelOpening(lead, n); !ok {
		return 0, 0, false
	}
	for h1 = h0; h1 < n && (h1 == h0 || lead[h1].joined) && !lead[h1].stop && lead[h1].lex&lexPast == 0 && !postModifier(lead[h1]); h1++ {
	}
	if h0 > 0 && lead[h0-1].upper && lead[h0].name {
		h0-- // the participle opens a name: "Gilded Lily won"
	}
	return h0, h1, true
}

// subjectVerb reports whether the verb lead[i] is the main verb of the
// subject that ends at lead[h1], and returns whether a form of "be" is
// among its auxiliaries: the verb is not negated or modal, not in a
// relative or an adverbial clause, and what stands between the subject
// and it (winLink) is a relative clause, an "of" phrase, a phrase of
// origin or an apposition, within fateSpan words.
func subjectVerb(lead []word, h1, i int) (be, ok bool) {
	a, be, blocked := fateChain(lead, i)
	if blocked || a == 0 || a < h1 || i-h1 > fateSpan {
		return be, false
	}
	if _, rel := fateRelative[strings.ToLower(lead[a-1].surface)]; rel {
		return be, false // a side detail: "who won a world title"
	}
	if a > h1 && (!winLink(lead[h1]) || winClause(lead, h1, a)) {
		return be, false
	}
	return be, true
}

// winLink reports whether w, right after the win's subject, opens a
// phrase between the subject and the verb that the rule passes: a
// relative clause, an "of" phrase, a phrase of origin, or an apposition
// or aside after a comma.
func winLink(w word) bool {
	if !w.joined || w.afterA && !w.upper {
		// "Tom Pemberton, coxswain of the lifeboat, received"; the comma
		// before "a" stands before the article the tokenizer drops (not a
		// title that opens with "A")
		return true
	}
	_, ok := winLinks[strings.ToLower(w.surface)]
	return ok
}

// winClause reports whether a subordinator stands in lead[from:to],
// between the win's subject and its verb: the verb is in an adverbial
// clause ("Ada Kell was asked to leave after organisers received
// complaints"). "As" is left out: it opens an apposition's nickname
// ("known as the Badger").
func winClause(lead []word, from, to int) bool {
	for _, w := range lead[from:to] {
		l := strings.ToLower(w.surface)
		if _, sub := fateSubordinators[l]; sub && l != "as" {
			return true
		}
	}
	return false
}

// winReactions are things won or received that are a reaction to the
// matter or a figure of speech for its effect, not a prize: "won praise
// for its storyline" is about the storyline, "received a boost from"
// about what boosted it.
var winReactions = toSet(`praise plaudits acclaim support backing admiration applause sympathy hearts fans boost blow setback`)

// winReaction reports whether the head s of what was won is one of
// winReactions.
func winReaction(s string) bool {
	_, ok := winReactions[strings.ToLower(s)]
	return ok
}

// winObject returns the label's words of what was won, which opens at
// lead[k] (after a sign the tokenizer drops: "£2million"): the last words of its noun phrase past determiners and
// figures ("the £25,000 Fellbeck Prize for fiction" is "Fellbeck
// Prize"), or, for a sum won on a game, the game ("£1million on the
// lottery" is "lottery"). A count received has no object: the figure
// the tokenizer drops breaks the phrase ("received more than 4,000
// complaints").
func winObject(lead []word, k, n int) (obj []string, game string, ok bool) {
	// the first word may follow a sign the tokenizer drops, and a word
	// after a determiner a figure it drops ("the £25,000 Fellbeck
	// Prize"); else the phrase runs on only where no punctuation breaks
	// it ("won £3million, the most ..." wins no "most")
	figure, first, open := false, k, false
	for k < n && (k == first || lead[k].joined || lead[k-1].lex&lexDet != 0) {
		w := lead[k]
		l := strings.ToLower(w.surface)
		_, skip := winSkip[l]
		if w.lex&lexFigure != 0 || numberWord(w) {
			figure = true
		} else if !skip && w.lex&lexDet == 0 {
			open = true
			break
		}
		k++
	}
	start := k
	var ws []word
	for open && k < n && (k == start || lead[k].joined) && lead[k].lex&(lexPast|lexFigure) == 0 && !postModifier(lead[k]) {
		if w := lead[k]; w.stop {
			if _, inner := winInner[strings.ToLower(w.surface)]; !inner && w.lex&lexAdverb == 0 {
				break
			}
		} else {
			ws = append(ws, w) // past an adverb: "their first ever seat"
		}
		k++
	}
	if len(ws) == 0 {
		if figure && k+1 < n && strings.EqualFold(lead[k].surface, "on") {
			g := k + 1
			if lead[g].lex&lexDet != 0 && g+1 < n {
				g++
			}
			if gw := lead[g]; !gw.stop && !gw.upper && (gw.afterA || g > k+1) {
				return nil, strings.ToLower(gw.surface), true // "£1million on the lottery"
			}
		}
		return nil, "", false // only a figure: "won 5p"
	}
	if !ws[len(ws)-1].upper {
		ws = ws[max(0, len(ws)-winObjectWords):] // a prize's whole name, else its last words
	}
	for _, w := range ws {
		s := w.surface
		if !w.upper {
			s = strings.ToLower(s)
		}
		obj = append(obj, s)
	}
	return obj, "", true
}

// winLabel returns the label of the win w of lead: the subject as the
// fate rule writes it, then the verb and what was won, or the game and
// "win".
func (lb *labeler) winLabel(lead []word, w win) []string {
	subj := lb.fateLabel(lead, fate{from: w.from, to: w.to, event: w.verb, generic: true})
	if subj == nil {
		return nil
	}
	if w.game != "" {
		return append(subj[:len(subj)-1], w.game, "win")
	}
	if head := lead[w.to-1]; !head.upper && pluralNoun(head) {
		subj[len(subj)-1] = strings.TrimSuffix(w.verb, "s") // "sixth-formers win"
	}
	return appendTail(subj, w.object)
}

// winLabelWords is the most words a label with what was won or awarded
// runs to.
const winLabelWords = 6

// appendTail appends to label the last words of obj that keep it within
// winLabelWords.
func appendTail(label, obj []string) []string {
	if most := winLabelWords - len(label); len(obj) > most {
		obj = obj[len(obj)-most:]
	}
	return append(label, obj...)
}

// awardObject returns the label of the fate f of lead with what was
// awarded after "awarded", as the win rule reads what was won: "A
// soldier who ... has been awarded the Gallantry Medal" is "soldier
// awarded Gallantry Medal", as "received his MBE" is "receives MBE". A
// sum alone ("awarded £48,000 after a tribunal") or nothing after the
// verb ("awarded to a shipyard") leaves the label as the fate rule
// wrote it.
func awardObject(label []string, lead []word, f fate) []string {
	if f.event != "awarded" {
		return label
	}
	obj, _, _ := winObject(lead, f.at+1, min(len(lead), fateWords)) // none for a sum alone
	return appendTail(label, obj)
}
