package thread

import "strings"

// An item about something that will not happen tells it by a passive
// after the thing and, often, a phrase that places it: "Ferry sailings
// to the outer isles were cancelled for a second day", "Saturday's
// derby between Holt and Marsh has been postponed after the pitch
// froze", "A planned walkout by porters at the hospital has been called
// off". A sub-editor names the matter by the thing and the verb: "ferry
// sailings cancelled", "derby postponed", "walkout called off". The
// cancellation rule takes the noun phrase that opens the lead's first
// sentence (past an opening adverbial, determiners, figures and a
// participle, adjective or day before the head: "planned",
// "heavyweight", "Saturday's"),
// then at most one placing phrase after a preposition ("to the outer
// isles", "between Holt and Marsh", "by porters"), then "be" and one of
// cancelled, postponed, scrapped, axed or called off.
//
// It keeps out when the verb is negated or merely possible ("could be
// cancelled", "will not be postponed"), when a comma or a relative clause
// comes between the thing and the verb ("the fair, which was cancelled
// last year, returns"), and when the verb has no form of "be" before it
// (an active verb has another party as its subject: "organisers
// cancelled the fair" is the passive rule's or the label's topic).

// cancelVerbs are the participles of a cancellation, as the label writes
// them; "called" counts only before "off".
var cancelVerbs = toSet(`cancelled canceled postponed scrapped axed called`)

// cancelPreps may open the placing phrase between the thing and the
// verb.
var cancelPreps = toSet(`to from between in at on for by of across along near`)

// cancelQuantity are heads that tell how many of the thing after "of"
// ("hundreds of trains", "a record number of flights").
var cancelQuantity = toSet(`thousands hundreds dozens scores millions number numbers lot lots handful majority`)

// cancelSpan is the most words of the placing phrase.
const cancelSpan = 12

// leadCancel returns the thing lead[from:to] and the verb of the
// cancellation rule in lead, the thread's lead paragraph.
func leadCancel(lead []word) (from, to int, verb string, ok bool) {
	n := min(len(lead), fateWords)
	s, _, found := openingPhrase(lead, n)
	if !found {
		// a participle or adjective opens the phrase: "planned walkout"
		s, found = cancelOpening(lead, n)
		if !found {
			return 0, 0, "", false
		}
	}
	// the phrase's head: the last of its content words, which may be
	// names and modifiers, not verbs
	h := s
	for h < n && (h == s || lead[h].joined) && !lead[h].stop && lead[h].lex&lexPast == 0 && !cancelWord(lead, h) {
		h++
	}
	if h == s || h >= n || !lead[h].joined {
		return 0, 0, "", false
	}
	if _, q := cancelQuantity[strings.ToLower(lead[h-1].surface)]; q && strings.EqualFold(lead[h].surface, "of") {
		// "thousands of appointments": the thing follows "of"
		s = h + 1
		for s < n && lead[s].joined && lead[s].lex&lexDet != 0 {
			s++
		}
		for h = s; h < n && lead[h].joined && !lead[h].stop && lead[h].lex&lexPast == 0 && !cancelWord(lead, h); h++ {
		}
		if h == s || h >= n || !lead[h].joined {
			return 0, 0, "", false
		}
	}
	// the placing phrase
	i := h
	if wordIn(cancelPreps, lead[h]) {
		for i = h + 1; i < n && i-h <= cancelSpan && lead[i].joined; i++ {
			if _, rel := fateRelative[strings.ToLower(lead[i].surface)]; rel {
				return 0, 0, "", false
			}
			if _, be := passiveBe[strings.ToLower(lead[i].surface)]; be {
				break
			}
			if _, aux := fateAux[strings.ToLower(lead[i].surface)]; aux {
				break
			}
		}
	}
	// "be" and the verb
	for v := i; v < n && v-i <= 3 && lead[v].joined; v++ {
		if !cancelWord(lead, v) {
			continue
		}
		a, be, blocked := fateChain(lead, v)
		if blocked || !be || a != i {
			return 0, 0, "", false
		}
		verb = strings.ToLower(lead[v].surface)
		if verb == "called" {
			verb = "called off"
		}
		if verb == "canceled" {
			verb = "cancelled"
		}
		from = max(s, h-2)
		return from, h, verb, true
	}
	return 0, 0, "", false
}

// cancelOpening returns the start of the noun phrase that opens lead
// when a participle, an adjective or a day comes first ("A planned
// walkout", "The heavyweight bout", "Saturday's derby"): the word after
// it.
func cancelOpening(lead []word, n int) (int, bool) {
	s := 0
	for s < n && (lead[s].lex&(lexDet|lexFigure) != 0 || numberWord(lead[s])) {
		s++
	}
	if s+1 < n && lead[s+1].joined && !lead[s+1].stop && (lead[s].lex&(lexPast|lexAdjective) != 0 || lead[s].stop && lead[s].upper) {
		return s + 1, true
	}
	return 0, false
}

// cancelWord reports whether lead[i] is the verb of a cancellation:
// one of cancelVerbs, "called" only before "off".
func cancelWord(lead []word, i int) bool {
	l := strings.ToLower(lead[i].surface)
	if _, ok := cancelVerbs[l]; !ok {
		return false
	}
	if l == "called" {
		return i+1 < len(lead) && lead[i+1].joined && strings.EqualFold(lead[i+1].surface, "off")
	}
	return true
}

// cancelLabel returns the label of the cancellation rule: the thing's
// last words lead[from:to], names as written, others in lower case, and
// the verb.
func cancelLabel(lead []word, from, to int, verb string) []string {
	var out []string
	for _, w := range lead[from:to] {
		if w.name && !w.promoted {
			out = append(out, w.surface)
		} else {
			out = append(out, strings.ToLower(w.surface))
		}
	}
	return append(out, strings.Fields(verb)...)
}
