package actor

import (
	"slices"
	"strings"
)

// Where a person is from: a reader's letter or question is signed with
// the writer's name and town, maybe the county after it, closing the
// paragraph with no verb ("Ada Kell, Corran, Velmoshire", "… He does
// not answer his phone. Dana Keel, Tarrow"), or with the writer's
// initials only ("R. M., Leicester", "G. and P. S., Bristol"), which
// name no person a reader can know; a report says where
// someone comes from in apposition ("Ivo Marsh, from Tarrow Heath,
// stabbed …"). The names after the person's are
// places, not more people.

// signOffPlace reports whether the mention m of d is one of the one or
// two names after a person's full name in a sign-off: a sentence of its
// own closing the paragraph, made of capitalised words and commas only,
// whose first name is a person's of two or three words, and whose later
// names open with no given name. A list of
// people ("Tom Hanks, Meg Ryan") is no sign-off.
func signOffPlace(d *paraDoc, m *mention) bool {
	toks := d.toks
	if m.s == 0 || toks[m.s-1].text != "," {
		return false
	}
	end := len(toks)
	if end > 0 && toks[end-1].text == "." {
		end--
	}
	if m.e > end {
		return false
	}
	// The sentence start: the paragraph's or the first word after a
	// full stop, a question or an exclamation mark.
	start, ok := closedSentenceStart(toks, m.s-1)
	if !ok {
		return false
	}
	// The person's name: two or three capitalised words, a given name
	// first, or initials only, or the name in capitals opening the
	// paragraph, then a comma.
	n := signerInitials(toks, start, end)
	caps := false
	if n == 0 && start == 0 {
		n = capsSigner(toks, end)
		caps = n > 0
	}
	if n == 0 {
		n = signerName(toks, start, end)
		if n == 0 || !d.inPerson(start) || !d.inPerson(start+n-1) {
			return false
		}
	}
	return signOffTowns(toks, start+n, end, m.s, caps)
}

// signOffTowns reports whether the tokens from k to end are one or two
// names of places, each after a comma, the later ones opening with no
// given name (a list of people, "Tom Hanks, Meg Ryan", is no sign-off)
// unless the signer is written in capitals, whose change of case marks
// the place ("ROY BEAUMONT, Robin Hood's Bay"). A possessive may join
// two words of a place's name; s is where the mention read starts.
func signOffTowns(toks []tok, k, end, s int, caps bool) bool {
	groups := 0
	for k < end {
		if toks[k].text != "," {
			return false
		}
		k++
		w := compassOpening(toks, k, end) // "N. Yorks", "North Yorkshire": no given name
		compass := w > 0
		for k+w < end && toks[k+w].word && toks[k+w].cap && !isAllCaps(toks[k+w].text) {
			w++
			if caps && k+w+1 < end && isPossessive(&toks[k+w]) && toks[k+w+1].cap {
				w++ // "Robin Hood's Bay"
			}
		}
		if w == 0 || w > 4 || !caps && (w > 3 || !compass && givenName(toks[k].text) && (w > 1 || k == s)) {
			return false
		}
		groups++
		k += w
	}
	return groups >= 1 && groups <= 2
}

// capsSigner returns the number of tokens opening a paragraph that spell
// a letter's signer in capitals, as letters pages print them: two or
// three words in capitals, a given name first or words the lexicon
// does not know at all ("ENID PARTRIDGE"), maybe after one title
// in title case ("MARGARET HOLLINS", "Cllr DEREK ASPINALL-WOODS", "Canon
// PHILIPPA HAWNBY", "The Rev ADA KELL"), then a comma before end; or 0.
func capsSigner(toks []tok, end int) int {
	k := 0
	if k+1 < end && toks[k].text == "The" && toks[k+1].honorific() {
		k++ // "The Rev PETER HALLAM"
	}
	if k < end && toks[k].word && toks[k].cap && !isAllCaps(toks[k].text) {
		k++ // a title: "Cllr", "Canon", "Dr"
	}
	if k+1 < end && toks[k].text == "." {
		k++ // "Dr."
	}
	w := 0
	for k+w < end && toks[k+w].word && isAllCaps(toks[k+w].text) {
		w++
	}
	if w < 2 || w > 3 || k+w >= end || toks[k+w].text != "," || !givenName(titleCase(toks[k].text)) && !unknownWords(toks[k:k+w]) {
		return 0
	}
	return k + w
}

// capsSignerName reports whether the mention m of d lies in the signer
// of a paragraph that is only a letter's sign-off with the name in
// capitals ("MARGARET HOLLINS, Ravenscar"): a person, whatever the
// tagger made of the capitals.
func capsSignerName(d *paraDoc, m *mention) bool {
	toks := d.toks
	end := len(toks)
	if end > 0 && toks[end-1].text == "." {
		end--
	}
	n := capsSigner(toks, end)
	return n > 0 && m.e == n && m.s < n && isAllCaps(toks[m.s].text) && signOffTowns(toks, n, end, -1, true)
}

// fromPlace reports whether m is written in apposition after a person's
// name as where the person is from: "Ivo Marsh, from Tarrow Heath,
// stabbed …", "Ada Kell, 34, from Corran.", and after an age "of" too
// ("Ada Kell, 64, of Tarrow Heath, won"; without the age "of" may name
// the speaker's firm). A comma or the end of the sentence closes it, or
// after an age "and" the next name of a list.
func fromPlace(d *paraDoc, m *mention) bool {
	toks := d.toks
	s := m.s
	if s < 3 || toks[s-1].lower != "from" && toks[s-1].lower != "of" || toks[s-2].text != "," {
		return false
	}
	k := s - 3
	if toks[k].word && !toks[k].cap && k >= 2 && isNumber(toks[k].text) && toks[k-1].text == "," {
		k -= 2 // "Ada Kell, 34, from Corran"
	} else if toks[s-1].lower == "of" {
		return false // "Ada Kell, of Tarrow Hale, said": where she works, maybe
	}
	if !d.inPerson(k) {
		return false
	}
	if m.e < len(toks) {
		switch toks[m.e].text {
		case ",", ".", ";":
		case "and":
			// "Ivo Marsh, 47, of Tarrow Heath and Ada Kell, 48, of
			// Corran": the next person of a list closes it.
			return k < s-3 && m.e+1 < len(toks) && toks[m.e+1].word && toks[m.e+1].cap
		default:
			return false
		}
	}
	return true
}

// signerInitials returns the number of tokens from start that spell a
// signer's initials only, up to a comma before end: capital letters,
// each maybe with its full stop, two or more, maybe joined by "and" or
// "&" ("R. M.", "G. and P. S."), or 0.
func signerInitials(toks []tok, start, end int) int {
	letters := 0
	k := start
	for ; k < end && toks[k].text != ","; k++ {
		t := &toks[k]
		switch {
		case t.word && len(t.text) == 1 && t.cap:
			letters++
		case t.word && dottedInitials(t.text):
			letters += (len(t.text) + 1) / 2 // "J.A" as one word
		case t.text == "." && k > start && toks[k-1].word,
			(t.lower == "and" || t.text == "&") && k > start && letters > 0:
		default:
			return 0
		}
	}
	if letters < 2 || k == end {
		return 0
	}
	return k - start
}

// onlyInitials reports whether a name is initials only ("R. M.", "E T"),
// two or more: a reader signing a letter, or an abbreviation, never a
// name a person is known by in the story.
func onlyInitials(name []string) bool {
	if len(name) < 2 {
		return false
	}
	for _, w := range name {
		w = strings.TrimSuffix(w, ".")
		if len(w) != 1 || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// placeInitials reports whether the gazetteer knows initials, written
// with full stops, as a place's: "N. Y." is New York, "U. S." the
// United States.
func placeInitials(name []string) bool {
	var b strings.Builder
	for _, w := range name {
		b.WriteString(strings.TrimSuffix(w, "."))
		b.WriteByte('.')
	}
	return slices.Contains(knownTypes(b.String()), "LOC")
}

// closedSentenceStart walks back from token i to the start of its
// sentence and reports whether that sentence opens the paragraph or
// follows a full stop, a question or an exclamation mark (not a colon or
// a quotation's close, after which a name is no sign-off).
func closedSentenceStart(toks []tok, i int) (int, bool) {
	start := i
	for start > 0 && !toks[start].sentStart {
		start--
	}
	if start > 0 {
		switch toks[start-1].text {
		case ".", "?", "!":
		default:
			return start, false
		}
	}
	return start, true
}
