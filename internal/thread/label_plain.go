package thread

import "strings"

// A lead whose subject is a plain noun phrase, often with a place in it,
// tells what the subject did with a news verb: "A secondary school in
// Kelby has banned pupils from bringing mobile phones onto the site",
// "Elsewhere, a primary school in Felbury has closed its doors after
// surveyors found …", "The same force has sacked a constable who …". The
// verb rule (label_verb.go) wants a name right before the verb, so the
// label took the place, the only name, and a topic word ("Kelby trial"),
// which tells a reader where but not what. The plain-subject rule labels
// such a lead by the subject as the fate rule writes it (label_fate.go),
// the verb and its object as the lead writes it (label_verbobj.go):
// "school bans mobile phones", "school closes", "force sacks constable".
// A name may modify the subject's head ("A Norfolk horse sanctuary has
// launched an appeal"), and a verb of leaving (label_depart.go) is a
// news verb too ("A Conservative election challenger is quitting").
// A ban on people is a ban on what they may not do ("banned pupils from
// bringing mobile phones" is "bans mobile phones"). A verb of
// objectVerbs needs its object, except "closes" and "reopens", which
// are news alone; a generic head ("a man", "a couple") says too little
// and is left to the other rules, as is a definite subject with no
// phrase after it that says which ("the council has launched"): the
// story has named it.

// plainLinks open a phrase after the subject that says which one it is
// ("the post office in our village", "the chief executive of the
// trust"), as a relative clause does ("the donkey who …"): a definite
// subject without one is one the story has named
// before ("the council", "the two countries"), and its label is the
// name's.
var plainLinks = toSet(`in at from near of`)

// plainAlone are the news verbs that make a label without an object.
var plainAlone = toSet(`closes reopens quits resigns retires`)

// plainVerb is a news verb found after a plain subject: the subject
// lead[from:to], the verb's -s form and its index.
type plainVerb struct {
	from, to int
	verb     string
	at       int
}

// leadPlainVerb returns the plain-subject rule's verb in lead, the
// thread's lead paragraph: a news verb whose subject is the lower-case
// noun phrase that opens the lead.
func leadPlainVerb(lead []word) (plainVerb, bool) {
	n := min(len(lead), fateWords)
	h0, h1, ok := openingSubject(lead, n)
	if !ok || lead[h1-1].upper || h1-h0 > 3 {
		return plainVerb{}, false
	}
	if lead[h0].upper && lead[h0].name && !lead[h0].promoted && h1-h0 == 1 {
		return plainVerb{}, false // a name as the subject is the verb rule's
	}
	// "Two bakeries", not "the two countries"
	counted := h0 > 0 && (numberWord(lead[h0-1]) || lead[h0-1].lex&lexFigure != 0) && (h0 < 2 || lead[h0-2].lex&lexDet == 0)
	if !lead[h0].afterA && !counted && !(h1 < n && lead[h1].joined && (wordIn(plainLinks, lead[h1]) || wordIn(fateRelative, lead[h1]))) {
		return plainVerb{}, false // "the council": one the story has named
	}
	for i := range leadScan(lead, n, false) {
		v, isVerb := newsVerbs[strings.ToLower(lead[i].surface)]
		if !isVerb {
			v, isVerb = leavingVerb(lead[i]) // "is quitting"
		}
		if !isVerb || v == "raises" {
			continue // "raises questions" is seldom news of its own
		}
		be, ok := subjectVerb(lead, h1, i)
		if !ok || be && !strings.HasSuffix(strings.ToLower(lead[i].surface), "ing") {
			return plainVerb{}, false // the main verb is another, or a passive ("is quitting" is none)
		}
		return plainVerb{from: h0, to: h1, verb: v, at: i}, true
	}
	return plainVerb{}, false
}

// leavingVerb returns the -s form of a verb of leaving a post that w is
// a form of ("quitting", "retired"): the departure rule's words
// (label_depart.go) but its nouns ("resignation", "departure") and
// "step", which wants "down".
func leavingVerb(w word) (string, bool) {
	v, ok := departWords.get(w.surface)
	if !ok || v == "departs" || strings.Contains(v, " ") {
		return "", false
	}
	l := strings.ToLower(w.surface)
	if strings.HasSuffix(l, "ion") || strings.HasSuffix(l, "ment") {
		return "", false
	}
	return v, true
}

// plainLabel returns the label of the plain-subject rule's verb p in
// lead, or nil.
func (lb *labeler) plainLabel(lead []word, p plainVerb) []string {
	obj, ok := objectOf(lead, p.verb, p.at)
	if !ok && p.verb == "bans" {
		obj, ok = banned(lead, p.at)
	}
	if !ok && !wordIn(plainAlone, word{surface: p.verb}) {
		return nil
	}
	subj := lb.fateLabel(lead, fate{from: p.from, to: p.to, event: p.verb})
	if subj == nil {
		return nil
	}
	if head := lead[p.to-1]; pluralNoun(head) {
		subj[len(subj)-1] = strings.TrimSuffix(p.verb, "s") // "factories close"
	}
	return appendTail(subj, obj)
}

// banned returns what a ban at lead[at] with a "from" phrase bans: the
// object of the -ing form after "from" for a ban on people ("banned
// pupils from bringing mobile phones" is "mobile phones"), else the
// verb's own object ("banned mobile phones from the school day").
func banned(lead []word, at int) ([]string, bool) {
	end := min(len(lead), at+2+objectWindow)
	for k := at + 1; k+2 < end; k++ {
		if !lead[k].joined {
			return nil, false
		}
		if !strings.EqualFold(lead[k].surface, "from") {
			continue
		}
		v := lead[k+1]
		if !v.joined || v.stop || !strings.HasSuffix(strings.ToLower(v.surface), "ing") {
			// from a place or a time: the object is what is banned
			// ("banned mobile phones from the school day")
			obj, _, ok := winObject(lead, at+1, k)
			return obj, ok && len(obj) > 0
		}
		obj, _, ok := winObject(lead, k+2, min(len(lead), k+3+objectWindow))
		return obj, ok && len(obj) > 0
	}
	return nil, false
}
