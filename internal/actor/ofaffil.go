package actor

import "strings"

// splitOfFirm splits a span the tagger read whole as one body, "<person>
// of <firm>", into the person and the firm when the words before "of"
// are a personal name (a given name and one or two more name words, or
// any two or three name words that speak: "said …", "… said") and
// the words after it end in a body's head noun: "said Morgan Hales of
// Bridgewater Securities" is Morgan Hales, of the firm. A place after
// "of" ("Isabella of Castile") or a name with no given name ("Duke of
// York", "Bank of England") is left alone.
func splitOfFirm(d *paraDoc, spans []span) []span {
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		of := -1
		if sp.typ == "PER" || sp.rule {
			continue
		}
		for k := sp.s + 2; k < sp.e-1 && k <= sp.s+3; k++ {
			if d.toks[k].text == "of" {
				of = k
				break
			}
		}
		if of < 0 || !personalName(d.toks[sp.s:of], saidBeside(d.toks, sp)) || !firmName(d.toks[of+1:sp.e]) {
			continue
		}
		spans = replaceSpan(spans, i, span{s: sp.s, e: of, typ: "PER"}, span{s: of + 1, e: sp.e, typ: "ORG"})
		i++
	}
	return spans
}

// personalName reports whether words are two or three capitalised name
// words, none a title, an organisation's word or a role, the first a
// given name unless the name speaks (said is true).
func personalName(toks []tok, said bool) bool {
	if len(toks) < 2 || len(toks) > 3 || !said && !givenName(toks[0].text) {
		return false
	}
	for ti := range toks {
		t := &toks[ti]
		l := t.lower
		if !t.word || !t.cap || !nameLike(t.text) || t.honorific() || orgWords[l] || strongOrgWords[l] || placeWords[l] || isRoleHeadL(l) || roleModifiers[l] || isNationalityL(l) {
			return false
		}
	}
	return true
}

// firmName reports whether words are capitalised and end in a body's
// head noun ("Bridgewater Securities", "Carver Bligh Capital").
func firmName(toks []tok) bool {
	if len(toks) == 0 {
		return false
	}
	for ti := range toks {
		t := &toks[ti]
		if !t.word || !t.cap {
			return false
		}
	}
	l := strings.ToLower(toks[len(toks)-1].text)
	return strongOrgWords[l] && !placeWords[l]
}

// saidBeside reports whether a verb of saying stands right before or
// after span sp: "said Morgan Hales of …", "… Securities said".
func saidBeside(toks []tok, sp span) bool {
	return sp.s > 0 && toks[sp.s-1].is(clsSayVerb) || sp.e < len(toks) && toks[sp.e].is(clsSayVerb)
}

// sayVerbs report speech.
var sayVerbs = setOf(`said says added adds told warned explained noted commented`)
