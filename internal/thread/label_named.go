package thread

import "strings"

// A lead tells of an appointment or an honour by a verb of naming. An
// appointment names a body's new holder of a post: "The Marrowby Building
// Society has appointed Ann Cresswell as finance director", "Tom Pemberton,
// a retired judge, has been named chairman of the Harbour Trust". A
// sub-editor names the matter by the body and its new post, not by the
// newcomer, whose name the reader does not yet know: "Marrowby Building
// Society new finance director", "Harbour Trust new chairman". An honour
// names its subject the best of a kind: "A Kelbridge nurse has been named
// nurse of the year", "A bakery in the town has been named the best in
// the county"; the sub-editor writes the kind and "award" ("nurse
// award"), or the subject and "award" when the honour names no kind
// ("bakery award"); a named winner keeps the name ("Ada Kell sportswoman
// award").
//
// The verb is the main verb of the lead's first sentence, its subject the
// phrase that opens the sentence, as in the win rule (label_win.go): not in
// a relative or adverbial clause, not negated or modal. The rule keeps
// out when the post is named with no body ("has been elected senior
// partner"), when the object is no post ("named in the squad", "named
// after his wife", "has named its jury"), and when the sentence goes on
// past the post in a way it cannot read.

// namedPassive are the participles of a passive appointment or honour:
// "has been named", "was appointed".
var namedPassive = toSet(`named appointed elected voted`)

// namedActive are the past forms of an active appointment: "has
// appointed X as its chief executive", "has poached X to become".
var namedActive = toSet(`named appointed elected hired poached recruited`)

// namedAfter are the -ing forms of an active appointment that a market
// report gives as the cause of a share move: "rose after naming X as its
// new boss", "after appointing X as chief executive".
var namedAfter = toSet(`naming appointing hiring poaching recruiting`)

// namedSkip open the complement of a naming before its noun: "as",
// determiners and possessives.
var namedSkip = toSet(`as the a an its their his her our`)

// namedNew mark a post as newly filled: the label writes "new".
var namedNew = toSet(`new next`)

// namedBest open an honour that names no kind after it ("the best in
// the region") or one whose kind follows ("best new play").
var namedBest = toSet(`best top`)

// namedWinners name the holder of an honour, not of a post: "named
// winner of the Brennock Prize" is an honour.
var namedWinners = toSet(`winner winners champion champions recipient recipients finalist finalists`)

// namedPostWords is the most words of a post the label keeps.
const namedPostWords = 3

// naming is an appointment or an honour found in a lead: its subject
// lead[from:to]; for an appointment, the body lead[bodyFrom:bodyTo]
// (bodyTo == bodyFrom: the subject is the body) and the post's words;
// for an honour, the kind's word ("" for none).
type naming struct {
	from, to         int
	bodyFrom, bodyTo int
	post             []string
	honour           bool
	kind             string
	board            bool // "to its board": a board appointment
}

// leadNaming returns the appointment or honour of the naming rule in
// lead, the thread's lead paragraph.
func leadNaming(lead []word) (naming, bool) {
	n := min(len(lead), fateWords)
	h0, h1, ok := openingSubject(lead, n)
	if !ok {
		return naming{}, false
	}
	for i := range leadScan(lead, n, false) {
		l := strings.ToLower(lead[i].surface)
		if _, ing := namedAfter[l]; ing && i > 1 && strings.EqualFold(lead[i-1].surface, "after") && shareMoveBefore(lead, i-1) {
			// a market report's move and its cause: "Pelbridge Bank rose
			// 2 per cent after naming Ada Kell as its next chief"
			return activeNaming(lead, h0, h1, i+1, n)
		}
		_, pas := namedPassive[l]
		_, act := namedActive[l]
		if !pas && !act {
			continue
		}
		be, ok := subjectVerb(lead, h1, i)
		if !ok {
			continue
		}
		if be && pas {
			return passiveNaming(lead, h0, h1, i+1, n)
		}
		if !be && act {
			return activeNaming(lead, h0, h1, i+1, n)
		}
		return naming{}, false
	}
	return naming{}, false
}

// passiveNaming reads the complement of a passive naming that opens at
// lead[k]: an honour ("nurse of the year", "the best in the county",
// "best new play") or a post of a body ("chairman of the Harbour
// Trust", "the Harbour Trust's new chairman").
func passiveNaming(lead []word, h0, h1, k, n int) (naming, bool) {
	nm := naming{from: h0, to: h1}
	for k < n && lead[k].joined && wordIn(namedSkip, lead[k]) {
		k++
	}
	if k >= n || !lead[k].joined {
		return naming{}, false
	}
	if _, best := namedBest[strings.ToLower(lead[k].surface)]; best {
		// "the best in the region", "best sparkling wine"
		nm.honour = true
		ws, _ := namedPhrase(lead, k+1, n)
		if len(ws) > 0 {
			nm.kind = strings.ToLower(ws[len(ws)-1].surface)
		}
		return nm, true
	}
	// a possessive body before the post: "the Harbour Trust's new chairman"
	b0 := k
	for k < n && lead[k].upper && !lead[k].stop && (k == b0 || lead[k].joined) {
		k++
	}
	b1 := k
	fresh := k < n && lead[k].joined && wordIn(namedNew, lead[k])
	if fresh {
		k++
	}
	ws, end := namedPhrase(lead, k, n)
	if len(ws) == 0 || b1 > b0 && !fresh && !yearOf(lead, end, n) {
		// none, or a name given ("named Calder Princess yesterday"):
		// a body before its post is a possessive before "new"
		return naming{}, false
	}
	if _, won := namedWinners[strings.ToLower(ws[len(ws)-1].surface)]; won && b1 == b0 {
		nm.honour = true // "a winner of the Brennock Prize"
		return nm, true
	}
	if yearOf(lead, end, n) {
		nm.honour, nm.kind = true, strings.ToLower(ws[len(ws)-1].surface) // "nurse of the year"
		return nm, true
	}
	if b1 == b0 {
		// the body follows the post: "chairman of the Harbour Trust"
		if end >= n || !lead[end].joined || !strings.EqualFold(lead[end].surface, "of") {
			return naming{}, false
		}
		b0, b1 = namedBody(lead, end+1, n)
		if b1 == b0 {
			return naming{}, false
		}
	}
	nm.bodyFrom, nm.bodyTo = b0, b1
	nm.post = postLabel(ws)
	return nm, true
}

// activeNaming reads the object of an active appointment that opens at
// lead[k]: the newcomer (a name, after the words of a role: "the
// conductor Ada Kell"), an apposition after a comma, a phrase of origin
// ("from its rival"), then the post after "as", "to be" or "to become",
// or "to its board".
func activeNaming(lead []word, h0, h1, k, n int) (naming, bool) {
	nm := naming{from: h0, to: h1}
	// the newcomer: a noun phrase, a name after role words
	s := k
	for k < n && (k == s || lead[k].joined && !lead[k].afterA) && (!lead[k].stop || lead[k].lex&lexDet != 0) {
		k++
	}
	if k < n && (!lead[k].joined || lead[k].afterA) {
		// an apposition: "Ada Kell, the former finance director of a
		// retailer, as ..."
		e := k + 1
		for e < n && lead[e].joined {
			e++
		}
		if e >= n {
			return naming{}, false
		}
		k = e
	}
	if k < n && strings.EqualFold(lead[k].surface, "from") {
		// a phrase of origin before "to become"
		e := k + 1
		for e < n && e-k <= fateClauseWords+2 && lead[e].joined && !strings.EqualFold(lead[e].surface, "to") {
			e++
		}
		k = e
	}
	if k+1 >= n {
		return naming{}, false
	}
	switch l := strings.ToLower(lead[k].surface); l {
	case "as":
		k++
	case "to":
		next := strings.ToLower(lead[k+1].surface)
		if next == "be" || next == "become" {
			k += 2
			break
		}
		if b := k + 1; b+1 < n && lead[b].lex&lexDet != 0 && strings.EqualFold(lead[b+1].surface, "board") {
			nm.board = true // "to its board as a non-executive director"
			return nm, true
		}
		return naming{}, false
	default:
		return naming{}, false
	}
	for k < n && lead[k].lex&lexDet != 0 {
		k++
	}
	if k < n && wordIn(namedNew, lead[k]) {
		k++
	}
	ws, _ := namedPhrase(lead, k, n)
	if len(ws) == 0 {
		return naming{}, false
	}
	nm.post = postLabel(ws)
	return nm, true
}

// namedPhrase returns the content words of the noun phrase that opens
// at lead[k], which no punctuation breaks, and where it ends: a post
// ("finance director"), a kind ("young sportswoman").
func namedPhrase(lead []word, k, n int) ([]word, int) {
	s := k
	for k < n && (k == s || lead[k].joined) && !lead[k].stop && lead[k].lex&(lexPast|lexFigure) == 0 && !postModifier(lead[k]) {
		k++
	}
	return lead[s:k], k
}

// yearOf reports whether "of the year" opens at lead[k]: an honour.
func yearOf(lead []word, k, n int) bool {
	return k+2 < n && lead[k].joined && strings.EqualFold(lead[k].surface, "of") &&
		strings.EqualFold(lead[k+1].surface, "the") && strings.EqualFold(lead[k+2].surface, "year")
}

// namedBody returns the name of a body that opens at lead[k] past a
// determiner, as from, to (to == from: none): a run of capitalised
// words, taking in "of" between two ("University of Calderwick"); a
// name whose own words before "of" are two or more keeps those
// ("Marrowby Institute of Technology" is "Marrowby Institute").
func namedBody(lead []word, k, n int) (int, int) {
	if k < n && lead[k].lex&lexDet != 0 {
		k++
	}
	from, to, of := k, k, -1
	for to < n && (to == from || lead[to].joined) {
		w := lead[to]
		if strings.EqualFold(w.surface, "of") && of < 0 && to > from && to+1 < n && lead[to+1].upper && lead[to+1].joined {
			of = to
			to++
			continue
		}
		if !w.upper || w.stop {
			break
		}
		to++
	}
	if of >= 0 && of-from >= 2 {
		to = of
	}
	return from, to
}

// postLabel returns the label's words of a post: its last
// namedPostWords words, in lower case but for names.
func postLabel(ws []word) []string {
	ws = ws[max(0, len(ws)-namedPostWords):]
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		out = append(out, strings.ToLower(w.surface))
	}
	return out
}

// namingLabel returns the label of the appointment or honour nm of lead:
// the body (the subject of an active appointment), "new" and the post;
// or the subject, the honour's kind and "award".
func (lb *labeler) namingLabel(lead []word, nm naming) []string {
	if nm.honour {
		subj := lb.fateLabel(lead, fate{from: nm.from, to: nm.to, event: "award", generic: true})
		if len(subj) == 0 {
			return nil
		}
		subj = ampersand(subj[:len(subj)-1], lead[nm.from:nm.to])
		if nm.kind != "" && !lead[nm.to-1].upper {
			subj = subj[len(subj)-1:] // the head of a plain subject: "nurse"
		}
		if nm.kind != "" && !strings.EqualFold(subj[len(subj)-1], nm.kind) {
			subj = append(subj, nm.kind)
		}
		return append(subj, "award")
	}
	var body []string
	if nm.bodyTo > nm.bodyFrom {
		for _, w := range lead[nm.bodyFrom:nm.bodyTo] {
			body = append(body, w.surface)
		}
	} else if b0, b1 := namedBody(lead, nm.from, len(lead)); b0 == nm.from && b1 > nm.to {
		// a name with "of" in it: "The University of Calderwick"
		for _, w := range lead[b0:b1] {
			body = append(body, w.surface)
		}
	} else {
		body = lb.fateLabel(lead, fate{from: nm.from, to: nm.to, event: "new", generic: true})
		if len(body) == 0 {
			return nil
		}
		body = ampersand(body[:len(body)-1], lead[nm.from:nm.to])
	}
	if nm.board {
		return append(body, "board", "appointment")
	}
	if most := max(1, 5-1-len(nm.post)); len(body) > most {
		body = body[len(body)-most:]
	}
	body = append(body, "new")
	return append(body, nm.post...)
}

// ampersand returns label with "&" put back before each of its words
// that ws, the words it was taken from, join by " & " ("Marks &
// Spencer").
func ampersand(label []string, ws []word) []string {
	for _, w := range ws {
		if !w.amp {
			continue
		}
		for i, s := range label {
			if i > 0 && s == w.surface {
				label[i] = "& " + s
			}
		}
	}
	return label
}
