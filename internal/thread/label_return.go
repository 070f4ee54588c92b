package thread

import "strings"

// A person or a show that comes back is the news of its item: "Toby
// Marchmont is coming back to the West End", "Heavyweight Dan Ferris is
// to return to the ring in March", "Wales fly-half Gethin Price returns
// for Saturday's Test", "After a nine-year absence, the label is back".
// A sub-editor names it by the noun of the verb, after the name and
// what it comes back to: "Toby Marchmont West End return", "Dan Ferris
// ring return". The return rule finds a verb of coming back ("return",
// "come back", "go back", "be back") in the lead's first sentence, told
// of the lead's own subject (cutMain: right after it, past auxiliaries,
// or after an apposition to it) and not in a relative clause, and used
// without an object: drilling that "returned better grades" returns
// something and comes back from nowhere. The label is the label's name,
// the place or thing come back to ("to the stage": a noun or a name
// right after "to" and its determiner) and "return". A place followed
// by a purpose is only on the way to the news ("returned to London to
// host a reception"), and a position is a ranking regained ("returned to
// the top of the box office", "return to the scene of their defeat"):
// the rule keeps out, as it does for a lead with no name to put first
// ("a milkman has returned to our street").
//
// Over the development round-ups the rule changes 13 labels, 7 closer to
// the gold label ("Toby Marchmont West End return" for "Toby Marchmont
// theatre") and 2 further, where the gold label names what the return
// is for ("Marchetti plays Hedda"); over the BBC articles it changes 2,
// one closer ("Lufthansa profit return" for "Lufthansa losses profit")
// and one neither.

// returnVerbs are the verb forms of returning.
var returnVerbs = toSet(`return returns returned returning`)

// returnGoers are the verbs that "back" after them makes a return.
var returnGoers = toSet(`coming going come go comes goes came went`)

// returnNext are the words that may follow a return with no object.
var returnNext = toSet(`to for as from with on in at after next this home`)

// returnObjectSkip are the determiners between "to" and what is come
// back to.
var returnObjectSkip = toSet(`the a an its his her their our`)

// leadReturn returns the words of the return rule's label after the
// name (what is come back to, then "return"), found in lead, the
// thread's lead paragraph; name is the label's name, which must be the
// verb's subject.
func (lb *labeler) leadReturn(lead []word, name []string) ([]string, bool) {
	n := min(len(lead), shiftWords)
	for i := range leadScan(lead, n, true) {
		l := strings.ToLower(lead[i].surface)
		end := i
		switch {
		case wordIn(returnVerbs, lead[i]):
		case wordIn(returnGoers, lead[i]):
			if i+1 >= n || !lead[i+1].joined || !strings.EqualFold(lead[i+1].surface, "back") {
				continue
			}
			end = i + 1
		case l == "back":
			if _, be := passiveBe[strings.ToLower(lead[i-1].surface)]; !be {
				continue
			}
		default:
			continue
		}
		if i > 0 && (lead[i-1].lex&lexDet != 0 || lead[i].afterA) {
			continue // a noun: "the return of sporting events"
		}
		if cutRelative(lead, i) || !cutMain(lead, i, n) || !subjectNamed(lead, i, n, name) {
			continue
		}
		next := end + 1
		if next >= n || !lead[next].joined {
			return []string{"return"}, true // "Hartley Vance is back."
		}
		if !wordIn(returnNext, lead[next]) {
			continue // an object: "returned better grades"
		}
		if !strings.EqualFold(lead[next].surface, "to") {
			return []string{"return"}, true
		}
		obj, ok := lb.returnObject(lead, next+1, n)
		if !ok {
			continue
		}
		return append(obj, "return"), true
	}
	return nil, false
}

// returnObject returns what a return comes back to, from lead[from] on
// (past "to"): a run of capitalised words holding a name ("the West
// End") or one lower-case noun ("the stage") that ends the phrase, or
// nothing ("to where it all began"); not ok when "of" follows it (a
// position: "the top of the box office") or "to" does in its clause (a
// purpose: "returned to London to host").
func (lb *labeler) returnObject(lead []word, from, n int) ([]string, bool) {
	j := from
	for j < n && lead[j].joined && wordIn(returnObjectSkip, lead[j]) {
		j++
	}
	if j >= n || !lead[j].joined {
		return nil, true
	}
	e := j + 1
	var out []string
	switch {
	case lead[j].stop || lead[j].lex&lexFigure != 0:
		// no noun to name: "to where it all began"
	case lead[j].upper:
		for e < n && e-j < 3 && lead[e].joined && lead[e].upper && !lead[e].stop {
			e++
		}
		if nameRun(lead[j:e]) {
			for _, w := range lead[j:e] {
				out = append(out, w.surface)
			}
		}
	case lb.shiftNoun(lead[j]) && !(e < n && lead[e].joined && lb.shiftNoun(lead[e])):
		out = []string{strings.ToLower(lead[j].surface)} // not "the country market"
	}
	if e < n && lead[e].joined && strings.EqualFold(lead[e].surface, "of") {
		return nil, false // a position: "returned to the top of the box office"
	}
	for k := e; k < n && lead[k].joined; k++ {
		if strings.EqualFold(lead[k].surface, "to") {
			return nil, false // a purpose: "returned to London to host", "will return to court on Monday to seek"
		}
	}
	return out, true
}

// subjectNamed reports whether the last word of name is the last word
// of the subject of the verb lead[i]: the name right before it, past
// auxiliaries ("Toby Marchmont is coming back"), or the lead's opening
// phrase, before an apposition ("Verity Kane, who …, is coming back").
func subjectNamed(lead []word, i, n int, name []string) bool {
	if len(name) == 0 {
		return false
	}
	last := name[len(name)-1]
	p := i
	for p > 0 && lead[p].joined {
		if _, ok := cutAux[strings.ToLower(lead[p-1].surface)]; !ok {
			break
		}
		p--
	}
	if p == 0 {
		return false
	}
	if lead[p].joined {
		return lead[p-1].upper && lead[p-1].surface == last
	}
	s0, h1, ok := openingPhrase(lead, n)
	return ok && h1 > s0 && h1 <= p && lead[h1-1].surface == last
}
