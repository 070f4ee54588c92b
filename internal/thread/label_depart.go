package thread

import "strings"

// A boss's exit is the news of its item, whatever else the lead says:
// "Pelbridge Bank slid after chief executive Ottilda Crantock said she would
// step down next year" is a "Pelbridge Bank chief quits", and
// "Quiz host Esmond Ilsington is to step down after 23 years" an "Esmond Ilsington
// quits". The departure rule finds a verb of leaving a post
// ("step down", "quit", "resign", "retire") or its noun
// ("the departure of", "her resignation") in the lead's first sentence.
// When the label's name is the one who leaves (it stands between the
// post and the verb, or right before the verb), the label is that name
// and the verb; when the lead names the post near the verb ("chief
// executive …, said she would step down", "stepped down as chairman"),
// the label is the name (the firm), the post and the verb. Otherwise
// the rule keeps out: a verb alone may be someone else's.
//
// A headline says "step down" in one word, "quits": it spends its words
// on who leaves and from where, and the phrasal verb's particle tells
// nothing. Among the BBC articles' own headlines "quit" or "quits" heads
// ten items to one "step down"; over the development round-ups the gold
// labels write "quits" 20 times and "steps" 3. So "step down" is
// labelled "quits", as "quit" is.

// departForms maps the words of leaving a post to the verb a label
// says; "step" and "stand" count with "down" after them ("has been
// stood down" is a suspension, no departure), and a label says it
// "quits"; "hang up" counts with a possessive after it ("is hanging up
// her apron after 41 years": the tools of one's trade laid down), and a
// label says it "retires". ("Walk out" is as often a strike.)
var departForms = map[string]string{
	"quit": "quits", "quits": "quits", "quitting": "quits",
	"resign": "resigns", "resigns": "resigns", "resigned": "resigns", "resigning": "resigns", "resignation": "resigns",
	"retire": "retires", "retires": "retires", "retiring": "retires", "retirement": "retires",
	"departure": "departs", "depart": "departs", "departs": "departs", "departing": "departs",
	"step": "quits", "steps": "quits", "stepped": "quits", "stepping": "quits",
	"stand": "quits", "stands": "quits", "stood": "quits", "standing": "quits",
	"hang": "retires", "hangs": "retires", "hung": "retires", "hanging": "retires",
}

// departWords looks departForms up.
var departWords = newLowerWords(departForms)

// postWords name a post whose holder's exit is news, with the word the
// label gives it ("chief executive" is the "chief").
var postWords = map[string]string{
	"chief": "chief", "boss": "boss", "chairman": "chairman", "chairwoman": "chairwoman",
	"founder": "founder", "manager": "manager", "ceo": "chief", "director": "director",
}

// Departure rule constants.
const (
	// departPostWords is the most words from the post to the verb.
	departPostWords = 10
)

// departure is a departure found in a lead: the index of its verb (its
// last word), the label's verb, and the post's index and label word
// (post < 0: none).
type departure struct {
	at, end int
	verb    string
	post    int
	postAs  string
	// subject: the name opening the lead is the verb's subject, past a
	// relative clause or an apposition, lead[subjFrom:subjTo]
	subjFrom, subjTo int
	// lost: the subject loses the holder of its post ("lost its chief
	// executive"): the name before the verb is no leaver
	lost bool
}

// leadDeparture returns the departure of the departure rule in lead.
func leadDeparture(lead []word) (departure, bool) {
	n := min(len(lead), nominalWords)
	for i := 0; i < n; i++ {
		if w := lead[i]; i > 0 && w.opensSentence() {
			break // the lead's first sentence ends
		}
		d, ok := departAt(lead, i)
		if !ok {
			continue
		}
		d.post = -1
		for j := max(0, d.at-departPostWords); j < min(len(lead), d.end+4); j++ {
			if j >= d.at && j <= d.end {
				continue
			}
			if p, ok := postAt(lead, j); ok {
				d.post, d.postAs = j, p
				if j > d.at {
					break // "stepped down as chairman"
				}
			}
		}
		return d, true
	}
	return departure{}, false
}

// leavesPost reports whether the lead's first sentence tells a departure
// (leadDeparture).
func leavesPost(lead []word) bool {
	_, ok := leadDeparture(lead)
	return ok
}

// departAt reports whether lead[i] opens a departure, and which.
func departAt(lead []word, i int) (departure, bool) {
	w := lead[i]
	if w.upper {
		return departure{}, false
	}
	verb, ok := departWords.get(w.surface)
	if !ok {
		return postDepartAt(lead, i)
	}
	l := strings.ToLower(w.surface)
	d := departure{at: i, end: i, verb: verb}
	next := ""
	if i+1 < len(lead) && lead[i+1].joined {
		next = strings.ToLower(lead[i+1].surface)
	}
	if stand := strings.HasPrefix(l, "stand") || l == "stood"; stand || strings.HasPrefix(l, "step") {
		if next != "down" {
			return departure{}, false
		}
		if stand && i > 0 && wordIn(passiveBe, lead[i-1]) {
			return departure{}, false // "has been stood down": suspended
		}
		d.end = i + 1
	}
	if strings.HasPrefix(l, "h") {
		// "is hanging up her apron", "has hung up his whistle": one's
		// own tools of a trade laid down for good
		if next != "up" || i+2 >= len(lead) || !lead[i+2].joined || !wordIn(newOwners, lead[i+2]) || l == "hung" && i > 0 && wordIn(passiveBe, lead[i-1]) {
			return departure{}, false
		}
		d.end = i + 1
	}
	if next != "" && lead[i+1].lex&lexDet != 0 {
		// an object: a post ("quit the board", "resigned the party
		// whip") or a place left ("quitting its headquarters"), which
		// is no departure
		if i+2 >= len(lead) || !lead[i+2].joined || !postObject(lead[i+2]) && !(i+3 < len(lead) && lead[i+3].joined && postObject(lead[i+3])) {
			return departure{}, false
		}
	}
	if strings.HasSuffix(l, "ment") || strings.HasSuffix(l, "tion") || strings.HasSuffix(l, "ure") {
		// a noun: "her resignation", "the departure of", "the sudden
		// departure of"
		return d, i > 0 && (lead[i-1].lex&lexDet != 0 || w.afterA || departModified(lead, i))
	}
	if i > 0 && w.joined {
		if _, ok := bareAux[strings.ToLower(lead[i-1].surface)]; ok {
			d.subjFrom, d.subjTo = openingLeaver(lead, i)
			return d, true // "to step down", "would quit"
		}
	}
	if i > 0 && !w.joined && lead[i-1].name && !lead[i-1].promoted {
		return d, true // an apposition's name before it: "its finance chief, Ada Kell, quit"
	}
	d.subjFrom, d.subjTo = openingLeaver(lead, i)
	return d, ownSubject(lead, i) || d.subjTo > d.subjFrom
}

// openingLeaver returns the name that opens the lead when the verb of
// leaving at lead[i] is its main verb, past a relative clause or an
// apposition ("Ada Kell, who has run the fund for eleven years, is
// stepping down"): lead[from:to], empty if none.
func openingLeaver(lead []word, i int) (from, to int) {
	h0, h1, ok := openingPhrase(lead, min(len(lead), fateWords))
	if !ok {
		return 0, 0
	}
	for h0 < h1-1 && !lead[h0].upper {
		h0++ // past a calling: "Rugby referee Ada Kell, …, is to retire"
	}
	if !nameRun(lead[h0:h1]) {
		// past a club's name and a calling: "Port Tarn goalkeeper Ada
		// Kell will retire"; the name run that ends the phrase
		k := h1
		for k > h0 && lead[k-1].upper {
			k--
		}
		if k == h0 || k == h1 || !nameRun(lead[k:h1]) {
			return 0, 0
		}
		h0 = k
	}
	if _, ok = subjectVerb(lead, h1, i); !ok && !futureLeaver(lead, h1, i) {
		return 0, 0
	}
	return h0, h1
}

// departFuture are the words of a departure still to come between its
// subject and its verb: "is to retire", "will step down", "is set to
// quit".
var departFuture = toSet(`will to set due`)

// futureLeaver reports whether the verb of leaving at lead[i] is the
// main verb, told as still to come, of the subject that ends at
// lead[h1-1], past an apposition or relative clause ("Ada Kell, the
// court's senior judge, is to retire"), as subjectVerb does for a verb
// in the past.
func futureLeaver(lead []word, h1, i int) bool {
	a, future := i, false
	for a > 0 && lead[a].joined {
		l := strings.ToLower(lead[a-1].surface)
		if _, ok := departFuture[l]; ok {
			future = true
		} else if _, ok := fateAux[l]; !ok && lead[a-1].lex&lexAdverb == 0 {
			break
		}
		a--
	}
	if !future || a < h1 || i-h1 > fateSpan || a == h1 && !lead[a].joined {
		return false
	}
	if _, rel := fateRelative[strings.ToLower(lead[a-1].surface)]; rel {
		return false
	}
	return a == h1 || winLink(lead[h1]) && !winClause(lead, h1, a)
}

// postAt reports whether lead[j] names a post, and the label's word for
// it: not "chief" of "chief financial officer" or "chief of staff" (a
// post the label would misname), nor a word inside a name.
func postAt(lead []word, j int) (string, bool) {
	w := lead[j]
	if w.name {
		return "", false
	}
	var buf [32]byte
	p, ok := postWords[string(appendLower(buf[:0], w.surface))]
	if !ok {
		return "", false
	}
	if p == "chief" && j+1 < len(lead) && lead[j+1].joined {
		switch strings.ToLower(lead[j+1].surface) {
		case "financial", "of", "operating", "constable", "inspector", "whip":
			return "", false
		}
	}
	if j > 0 && lead[j].joined {
		switch strings.ToLower(lead[j-1].surface) {
		case "finance", "finances":
			return "finance chief", true
		case "managing":
			if p == "director" {
				return "boss", true
			}
		}
	}
	if p == "director" {
		return "", false // a film's, a museum's: only a finance or managing director is a firm's officer
	}
	return p, true
}

// departLabel returns the label of the departure d of lead for the
// label whose name is its first nameLen words, and whether the rule
// applies.
func departLabel(label []string, nameLen int, lead []word, d departure) ([]string, bool) {
	if nameLen == 0 {
		return label, false
	}
	name := label[:nameLen:nameLen]
	if !d.lost && leaver(name, lead, d) {
		return append(name, strings.Fields(d.verb)...), true
	}
	if !d.lost && d.subjTo > d.subjFrom && d.post < 0 && d.subjTo-d.subjFrom <= 3 {
		// the lead's opening person leaves, not the label's name (a
		// club, a firm): "Port Tarn goalkeeper Ada Kell will retire"
		out := make([]string, 0, 5)
		for _, w := range lead[d.subjFrom:d.subjTo] {
			out = append(out, w.surface)
		}
		return append(out, strings.Fields(d.verb)...), true
	}
	if d.post < 0 {
		return label, false
	}
	post, verb := strings.Fields(d.postAs), strings.Fields(d.verb)
	if len(name)+len(post)+len(verb) > 5 {
		post = post[len(post)-1:] // "chief", not "finance chief"
	}
	if len(name)+len(post)+len(verb) > 5 {
		return label, false
	}
	out := append(name, post...)
	return append(out, verb...), true
}

// leaver reports whether the name (the label's words) is the one who
// leaves in d: its last word stands between the post and the verb, or
// right before the verb or its auxiliaries, or it opens the lead as the
// verb's subject.
func leaver(name []string, lead []word, d departure) bool {
	last := name[len(name)-1]
	if d.subjTo > d.subjFrom && strings.EqualFold(lead[d.subjTo-1].surface, last) {
		return true // "Ada Kell, who has run the fund, is stepping down"
	}
	from := d.at - departPostWords
	if d.post >= 0 && d.post < d.at {
		from = d.post
	}
	for j := max(0, from); j < d.at; j++ {
		if !strings.EqualFold(lead[j].surface, last) {
			continue
		}
		if d.post >= 0 && d.post < d.at {
			return true // "chief executive Ottilda Crantock said she would step down"
		}
		k := j + 1
		for k < d.at && lead[k].joined && (lead[k].stop || lead[k].lex&lexAdverb != 0 || departBridge(lead, k)) {
			k++ // "is to", "has now", "is set to", "has announced her"
		}
		if k == d.at {
			// "Esmond Ilsington is to step down", not "executives at
			// Pelbridge Bank have resigned"
			return !complement(lead, j-len(name)+1)
		}
	}
	return false
}

// postObjects are the objects of "quit" or "resign" that are a post.
var postObjects = toSet(`board post role job position seat whip chairmanship presidency`)

// postObject reports whether w, the object of a verb of leaving, is a
// post.
func postObject(w word) bool {
	var buf [32]byte
	l := appendLower(buf[:0], w.surface)
	if _, ok := postObjects[string(l)]; ok {
		return true
	}
	_, ok := postWords[string(l)]
	return ok
}

// complement reports whether the noun phrase that ends with the name
// opening at lead[s] follows a preposition ("at US mortgage giant
// Pelbridge Bank"): the name is then no subject of the verb after it.
func complement(lead []word, s int) bool {
	t := s - 1
	for t >= 0 && t >= s-4 && lead[t+1].joined && !lead[t].stop {
		t-- // the phrase's modifiers: "US mortgage giant"
	}
	return t >= 0 && lead[t+1].joined && lead[t].stop && lead[t].lex&lexDet == 0
}

// departAnnounce are the verbs that announce one's own departure by its
// noun ("has announced his retirement").
var departAnnounce = toSet(`announced announces announcing confirmed confirms revealed reveals`)

// departBridge reports whether lead[k], between a name and a verb of
// leaving, keeps the name the leaver: "set" or "due" before "to" ("is set
// to retire"), or a verb announcing the departure right before a
// possessive ("has announced her retirement").
func departBridge(lead []word, k int) bool {
	if k+1 >= len(lead) || !lead[k+1].joined {
		return false
	}
	l, next := strings.ToLower(lead[k].surface), strings.ToLower(lead[k+1].surface)
	switch {
	case (l == "set" || l == "due") && next == "to":
		return true
	case next == "his" || next == "her" || next == "their":
		_, ok := departAnnounce[l]
		return ok
	}
	return false
}
