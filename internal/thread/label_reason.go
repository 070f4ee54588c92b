package thread

import "strings"

// A fine, a ban or a suspension is news for what it was for, and a
// sub-editor puts the reason in the label when the lead gives it in a
// phrase after the verb: "A farmer has been fined £32,000 for dumping
// builders' waste" is "farmer fined for dumping waste", "Jockey Ada Kell
// has been banned from driving for a year" is "Ada Kell banned from
// driving", "The water company was fined £9million over sewage spills"
// is "water company fined over sewage spills". The reason rule reads the
// phrase the verb's "from", "over" or "for" opens: "from" names what
// the ban is from, "over" the matter, and "for" an act by its -ing form
// and the head of its object. It passes over what the penalty came to
// ("for two matches", "for 14 days", "for a year") and who imposed it
// ("by the regulator"), and leaves a clause
// of its own ("after stewards found …") and an act that names none
// ("for failing to …") alone.

// reasonEvents are the fate rule's events (label_fate.go) the reason
// rule gives a reason.
var reasonEvents = toSet(`fined banned suspended`)

// reasonSpans are nouns of how long a penalty runs: a "for" phrase
// ending in one is no reason ("banned for three matches").
var reasonSpans = toSet(`day days week weeks month months year years match matches game games race races season seasons life hour hours minute minutes while time`)

// reasonLight are -ing forms that name no act of their own ("for
// failing to …", "for being …").
var reasonLight = toSet(`failing being having getting making allowing letting causing using doing`)

// reasonWords is how many words after the verb the reason rule looks
// for the phrase in.
const reasonWords = 10

// reason returns the words of the reason for the fate f of lead:
// "from" and what the ban is from, "over" and the matter, or "for", an
// -ing form and the head of its object, or "and banned" after a fine
// that came with a ban ("fined £2,000 and banned from the touchline":
// both penalties are the news); and the event they follow.
func reason(lead []word, f fate) (event string, words []string, ok bool) {
	if _, ok := reasonEvents[f.event]; !ok || f.at+2 >= len(lead) {
		return "", nil, false
	}
	event = f.event
	end := min(len(lead), f.at+1+reasonWords)
	for k := f.at + 1; k+1 < end; k++ {
		w := lead[k]
		if w.opensSentence() {
			break
		}
		// a break before the phrase is a sum or a count the tokenizer
		// drops ("fined £2,000 for …"); any other ends the search
		if !w.joined && !(k == f.at+1 || w.lex&lexFigure != 0 || lead[k-1].lex&lexFigure != 0 || strings.EqualFold(lead[k-1].surface, "for")) {
			break
		}
		p := strings.ToLower(w.surface)
		if p == "and" && event == "fined" && lead[k+1].joined && strings.EqualFold(lead[k+1].surface, "banned") {
			return event, []string{"and", "banned"}, true // "fined £2,000 and banned from the touchline"
		}
		if p != "from" && p != "over" && p != "for" && p != "after" {
			if !w.stop || w.lex&lexDet != 0 || w.lex&lexFigure != 0 || p == "by" || w.upper && lead[k-1].upper {
				continue
			}
			break // another preposition, verb or clause: "after stewards found", "and banned from"
		}
		if p == "from" && event != "banned" {
			break // "suspended from the Commons" says where from, not why
		}
		if p == "after" && (k+2 >= end || !lead[k+2].joined || !lead[k+2].stop && lead[k+2].lex&lexFigure == 0) {
			break // "after" opens a clause, or an -ing noun: "after trading standards officers found"
		}
		obj, ok := reasonObject(lead, k+1, end)
		if !ok {
			continue
		}
		if _, span := reasonSpans[strings.ToLower(obj[len(obj)-1])]; span {
			continue // "banned for three matches"
		}
		if p == "for" || p == "after" {
			v := strings.ToLower(obj[0])
			if _, light := reasonLight[v]; light || !strings.HasSuffix(v, "ing") {
				return "", nil, false // "for failing to …", "after a passenger was hurt"; "for misconduct" stays with the topic words
			}
		}
		return event, append([]string{p}, obj...), true
	}
	return "", nil, false
}

// reasonObject returns the noun phrase opening lead[k:end] past
// determiners and possessives, at most winObjectWords long ("the team
// bus"), or an -ing form and the head of its object ("dumping
// builders' waste" is "dumping waste").
func reasonObject(lead []word, k, end int) ([]string, bool) {
	if k >= end || !lead[k].joined {
		return nil, false
	}
	if lead[k].lex&lexAdverb != 0 && k+1 < end && lead[k+1].joined {
		k++ // "for illegally dumping"
	}
	if v := lead[k]; !v.stop && !v.upper && strings.HasSuffix(strings.ToLower(v.surface), "ing") {
		obj, _, ok := winObject(lead, k+1, end)
		if !ok || len(obj) == 0 {
			return []string{strings.ToLower(v.surface)}, true // "banned from driving"
		}
		head := obj[len(obj)-1]
		if n := k + 1 + len(obj); n < end && len(obj) == 1 && strings.HasSuffix(head, "s") && possessiveGap(lead[n]) {
			head = lead[n].surface // "dumping builders' waste": a plural's apostrophe breaks the phrase
		}
		return []string{strings.ToLower(v.surface), head}, true
	}
	obj, _, ok := winObject(lead, k, end)
	if !ok || len(obj) == 0 {
		return nil, false
	}
	return obj, true
}

// possessiveGap reports whether w, after a break, is a lower-case
// content word: the break is a plural possessive's apostrophe
// ("builders' waste").
func possessiveGap(w word) bool {
	return !w.joined && !w.upper && !w.stop && w.lex&lexFigure == 0
}

// reasonLabel returns the fate rule's label with the reason after it,
// when the label ends in the event and the whole keeps within
// winLabelWords: "farmer fined" is "farmer fined for dumping waste",
// and "coach fined" who was banned too "coach fined and banned".
func reasonLabel(label []string, lead []word, f fate) []string {
	ev, r, ok := reason(lead, f)
	if !ok || len(label) == 0 || label[len(label)-1] != f.event || len(label)+len(r) > winLabelWords {
		return label
	}
	return append(append(label[:len(label)-1], ev), r...)
}
