package thread

import "strings"

// A report often names a movement by its noun rather than a verb: "the
// council has confirmed a 5 per cent parking charge rise", "commuters
// face ticket increases of up to 6 per cent", "the trust asked for a rise
// in the visitor levy". A sub-editor labels it the same way as the verb
// form: the measure and "rise", "cut" or "fall" ("parking charge rise",
// "ticket rise", "visitor levy rise"). The movement-noun rule finds such
// a noun in the lead's first sentence with its measure told:
//
//   - the measure before it, a compound ("a ticket increase of 6 per
//     cent", "a 5 per cent bin charge rise"), with a figure after "of"
//     or a percentage before the compound;
//   - or the measure after it, after "in" ("a rise in the visitor levy").
//
// A movement noun is a side detail, not the matter, when its clause
// opens with "after", "despite", "amid", "since", "because", "following",
// "while" or "as" ("after a surprise rise in prices", "since the last cut
// in rates"; a lead's opening "It comes as" links the item to the page and
// does not count), or it sits in a relative clause ("which will lead to
// a cut in staff"), or the "in" names no measure ("the third rise in a
// row"). The rule comes after the movement rule and only fires when no
// other rule of the lead's event has.

// shiftNouns maps the noun forms of a movement to the label's noun.
var shiftNouns = newLowerWords(map[string]string{
	"rise": "rise", "rises": "rise", "increase": "rise", "increases": "rise",
	"hike": "rise", "hikes": "rise",
	"cut": "cut", "cuts": "cut",
	"fall": "fall", "falls": "fall", "drop": "fall",
})

// shiftNounAfterOf are the words after "of" that open a measure when
// the figure itself is dropped from the words ("of up to", "of about").
var shiftNounAfterOf = toSet(`up about around almost nearly more as at least between`)

// shiftNounSide are the words that, opening the movement noun's clause,
// make it a circumstance of another matter.
var shiftNounSide = toSet(`after despite amid since because following while as if though although before until`)

// leadShiftNoun returns the measure phrase lead[from:to] and the noun of
// the movement-noun rule in lead, the thread's lead paragraph.
func (lb *labeler) leadShiftNoun(lead []word) (from, to int, noun string, ok bool) {
	n := min(len(lead), shiftWords)
	for i := range leadScan(lead, n, true) {
		nn, isMove := shiftNouns.get(lead[i].surface)
		if !isMove {
			continue
		}
		f, t, found := lb.shiftNounBefore(lead, i)
		if !found {
			f, t, found = lb.shiftNounIn(lead, i)
		}
		if !found || shiftNounAside(lead, f, i) {
			continue
		}
		return f, t, nn, true
	}
	return 0, 0, "", false
}

// shiftNounBefore returns the compound's modifiers before the movement
// noun lead[i] ("ticket" of "ticket increases"), when a figure tells the
// measure: after "of" or as a percentage before the compound.
func (lb *labeler) shiftNounBefore(lead []word, i int) (from, to int, ok bool) {
	if !lb.shiftNoun(lead[i-1]) {
		return 0, 0, false
	}
	from = i - 1
	if f := from - 1; f >= 0 && lead[from].joined && !lead[from].afterA && lb.shiftModifier(lead[f]) && nounOpens(lead, f) {
		from = f // "bin charge rise", not "face fare rise"
	}
	measured := false
	if i+2 < len(lead) && lead[i+1].joined && strings.EqualFold(lead[i+1].surface, "of") {
		nx := lead[i+2]
		_, opens := shiftNounAfterOf[strings.ToLower(nx.surface)]
		measured = !nx.joined && !nx.upper || nx.lex&lexFigure != 0 || nx.joined && opens // a dropped figure: "of 5 per cent"
	}
	if from > 0 && lead[from].joined && strings.EqualFold(lead[from-1].surface, "cent") {
		measured = true // "a 5 per cent bin charge rise"
	}
	if !measured || !lead[from].joined && from > 0 {
		return 0, 0, false
	}
	return from, i, true
}

// shiftNounIn returns the measure phrase after "in" after the movement
// noun lead[i] ("the visitor levy" of "a rise in the visitor levy"): up
// to two nouns, past a determiner, ending before a word that is none.
func (lb *labeler) shiftNounIn(lead []word, i int) (from, to int, ok bool) {
	j := i + 1
	if j >= len(lead) || !lead[j].joined || !strings.EqualFold(lead[j].surface, "in") {
		return 0, 0, false
	}
	if !nounOpens(lead, i) && !(nounOpens(lead, i-1) && !pluralNoun(lead[i-1])) {
		return 0, 0, false // a verb after its subject: "saw sales fall in the face of"
	}
	j++
	if j < len(lead) && lead[j].joined && lead[j].lex&lexDet != 0 {
		j++
	}
	if j >= len(lead) || !lead[j].joined || lead[j].afterA {
		return 0, 0, false // "the third rise in a row"
	}
	from = j
	to = j
	for to < len(lead) && to-from < 3 && (to == from || lead[to].joined) && lb.shiftModifier(lead[to]) {
		to++
	}
	if to == from || !lb.shiftNoun(lead[to-1]) {
		return 0, 0, false
	}
	if to < len(lead) && lead[to].joined && (lb.shiftModifier(lead[to]) || strings.EqualFold(lead[to].surface, "of")) {
		return 0, 0, false // a longer phrase than a label takes, or a quantity of something ("the number of")
	}
	if to-from > 2 {
		from = to - 2
	}
	return from, to, true
}

// shiftNounAside reports whether the clause of the movement noun, whose
// phrase starts at lead[from] and whose noun is lead[i], opens with a
// word that makes it a circumstance or is a relative clause.
func shiftNounAside(lead []word, from, i int) bool {
	start := min(from, i)
	for j := start - 1; j >= 0; j-- {
		b := strings.ToLower(lead[j].surface)
		if _, ok := shiftRelative[b]; ok {
			return true
		}
		if _, ok := shiftNounSide[b]; ok {
			if b == "as" && j == 2 && comesOpener(lead) {
				return false // "It comes as …": the lead's link to the page
			}
			return true
		}
		if !lead[j].joined {
			if j == 0 || lead[j].upper && !lead[j].name {
				return false
			}
		}
	}
	return false
}

// comesOpener reports whether lead opens "It comes as" or "It came as".
func comesOpener(lead []word) bool {
	if len(lead) < 3 || !strings.EqualFold(lead[0].surface, "it") {
		return false
	}
	v := strings.ToLower(lead[1].surface)
	return v == "comes" || v == "came"
}

// nounOpens reports whether lead[i] opens a noun phrase: after a dropped
// article, a determiner, a function word or a percentage ("a bin
// charge", "the bin charge", "per cent bin charge"), or first in the lead.
func nounOpens(lead []word, i int) bool {
	if i == 0 || !lead[i].joined || lead[i].afterA {
		return true
	}
	b := lead[i-1]
	return b.stop || b.lex&lexDet != 0 || strings.EqualFold(b.surface, "cent")
}

// pluralNoun reports whether w looks like a plural noun, the subject a
// movement verb agrees with ("sales fall"): a lower-case word in -s but
// not -ss.
func pluralNoun(w word) bool {
	l := strings.ToLower(w.surface)
	return !w.upper && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")
}
