package actor

import "github.com/storyline/storyline/internal/nlp"

// Headlines are often written in Title Case ("Harbour Board Approves
// Kestrel Land Deal"), and a tagger reads runs of their capitalised
// ordinary words as names ("Board Approves Kestrel Land"). In a Title
// Case paragraph a name is kept only as far as the rest of the story
// writes it: the longest part of the span that another paragraph writes
// as it stands ("Kestrel Land"), the whole span when it is a name by its
// own shape (no ordinary word in it but a body's or a place's head noun,
// or a given name opening a person's name), and nothing otherwise.

// titleCase reports whether paragraph d is written in Title Case: a
// short line of four to 25 words beside the small function words, no
// list of names (a comma every four words at most, none in brackets),
// all capitalised but not in capitals (a tagger knows capitals for
// headlines and reads them with care), two of them or more words the
// story or the lexicon writes in lower case, at least now and then.
func (st *story) titleCase(d *paraDoc) bool {
	words, ordinary, upper, commas := 0, 0, 0, 0
	for ti := range d.toks {
		t := &d.toks[ti]
		switch t.text {
		case ",", ";":
			commas++
		case "(", "[":
			return false // a caption or a credit: "The Simpsons (Fox, BBC Two)"
		}
		if !t.word || (t.lists()&inCommonCapitalised != 0) && len(t.lower) <= 4 {
			continue
		}
		if t.text[0] >= '0' && t.text[0] <= '9' {
			continue
		}
		words++
		if !t.cap || words > 25 {
			return false // most paragraphs stop at their first lower-case word
		}
		if len(t.text) > 1 && isAllCaps(t.text) {
			upper++
		}
		if st.ordinaryWord(t.lower) || wordCasing(t.lower) == nlp.CasingMixed {
			ordinary++
		}
	}
	return words >= 4 && ordinary >= 2 && upper*2 < words && commas <= 3 && commas*4 <= words
}

// headlines returns the story's Title Case paragraphs; none when every
// paragraph is in Title Case, with no body to confirm their names.
func (st *story) headlines() map[*paraDoc]bool {
	var heads map[*paraDoc]bool
	for _, d := range st.docs {
		if st.titleCase(d) {
			if heads == nil {
				heads = map[*paraDoc]bool{}
			}
			heads[d] = true
		}
	}
	if len(heads) == len(st.docs) {
		return nil
	}
	return heads
}

// bodyWrites reports whether a paragraph other than the Title Case ones
// writes the tokens run, of up to eight tokens opening and closing with
// a capitalised word, as it stands.
func (st *story) bodyWrites(heads map[*paraDoc]bool, run []tok) bool {
	n := len(run)
	if n == 0 || n > 8 || !run[0].word || !run[0].cap || !run[n-1].word || !run[n-1].cap {
		return false
	}
	for _, d := range st.docs {
		if heads[d] {
			continue
		}
	next:
		for i := 0; i+n <= len(d.toks); i++ {
			for j := range run {
				if d.toks[i+j].text != run[j].text {
					continue next
				}
			}
			return true
		}
	}
	return false
}

// confirmHeadline cuts the spans of a Title Case paragraph to what the
// body confirms (see above); it filters spans in place.
func (st *story) confirmHeadline(d *paraDoc, spans []span, heads map[*paraDoc]bool) []span {
	if len(spans) < 2 && !wordsOutside(d, spans) {
		return spans // one name, no headline: "Major League Baseball"
	}
	out := spans[:0]
	for _, sp := range spans {
		if sp.rule || st.bodyWrites(heads, d.toks[sp.s:sp.e]) || st.nameByShape(d, sp) {
			out = append(out, sp)
			continue
		}
		best := span{}
		for a := sp.s; a < sp.e; a++ {
			for b := sp.e; b > a && b-a > best.e-best.s; b-- {
				if st.bodyWrites(heads, d.toks[a:b]) {
					best = span{s: a, e: b, typ: sp.typ}
					break
				}
			}
		}
		if best.e == best.s {
			best = st.lexiconName(d, sp)
		}
		if best.e > best.s {
			out = append(out, best)
		}
	}
	return out
}

// lexiconName returns the longest run of a headline span's capitalised
// words that the story never writes in lower case, one of which the
// lexicon knows as a name ("Bush" in "Overturn Bush Rules"), or an empty
// span.
func (st *story) lexiconName(d *paraDoc, sp span) span {
	best := span{}
	for a := sp.s; a < sp.e; {
		b, named := a, false
		for b < sp.e && d.toks[b].word && d.toks[b].cap && !st.ordinaryWord(d.toks[b].lower) {
			named = named || wordCasing(d.toks[b].text) == nlp.CasingUpper
			b++
		}
		if named && b-a > best.e-best.s {
			best = span{s: a, e: b, typ: sp.typ}
		}
		a = max(b, a+1)
	}
	return best
}

// wordsOutside reports whether paragraph d has a word beyond the small
// function words outside the spans.
func wordsOutside(d *paraDoc, spans []span) bool {
	in := 0
	for k := range d.toks {
		t := &d.toks[k]
		for in < len(spans) && spans[in].e <= k {
			in++
		}
		if in < len(spans) && spans[in].s <= k || !t.word || (t.lists()&inCommonCapitalised != 0) && len(t.lower) <= 4 {
			continue
		}
		if t.text[0] < '0' || t.text[0] > '9' {
			return true
		}
	}
	return false
}

// nameByShape reports whether a headline span is a name by its own
// shape: a person's name opening with a given name, or a name whose
// ordinary words are all head nouns of bodies or places ("Harbour
// Board", "Quay Street").
func (st *story) nameByShape(d *paraDoc, sp span) bool {
	first := -1
	for k := sp.s; k < sp.e; k++ {
		t := &d.toks[k]
		if !t.word {
			continue
		}
		if first < 0 {
			first = k
		}
		if !t.cap {
			if !connectorWord(t.lower) {
				return false
			}
			continue
		}
		if st.ordinaryWord(t.lower) && !orgWordsFold.has(t.text) && headBits(t.text)&(orgHead|placeHead) == 0 {
			return false
		}
	}
	if first < 0 {
		return false
	}
	if sp.typ == "PER" {
		return givenName(d.toks[first].text)
	}
	return true
}

// connectorWord reports whether l may stand in lower case inside a name:
// "Bank of England", "Marks and Spencer".
func connectorWord(l string) bool {
	switch l {
	case "of", "and", "the", "for", "de", "la", "von", "van", "&":
		return true
	}
	return false
}
