package actor

import "strings"

// This file holds the rules on names joined by "&" or "and": an
// ampersand belongs to the name it joins ("Marks & Spencer", "AT&T"),
// while "and" between two complete names of bodies joins two actors ("the
// Mirror and Express titles").

// ampersandJoin reports whether toks[k], inside the span [s, e), is an
// ampersand written between two words of the name ("Marks & Spencer").
func ampersandJoin(toks []tok, k, s, e int) bool {
	return toks[k].text == "&" && k > s && k+1 < e && toks[k-1].word && toks[k+1].word
}

// initialsFirm reports whether w is a firm's initials joined by an
// ampersand ("AT&T", "M&S", "P&O"): capital letters, at most three on
// either side, and not the abbreviation of a common noun ("Q&A", "R&D").
func initialsFirm(w string) bool {
	i := strings.IndexByte(w, '&')
	if i < 1 || i > 3 || len(w)-i-1 < 1 || len(w)-i-1 > 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; k != i && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return !commonAbbreviations[strings.ToLower(w)]
}

// initialsSpans adds an organisation span for each firm's initials the
// tagger left out ("AT&T said"), to spans (sorted, not overlapping).
func initialsSpans(d *paraDoc, spans []span) []span {
	for k := range d.toks {
		if t := &d.toks[k]; !t.word || !t.cap || !initialsFirm(t.text) || covered(spans, k) {
			continue
		}
		spans = append(spans, span{s: k, e: k + 1, typ: "ORG"})
		for i := len(spans) - 1; i > 0 && spans[i].s < spans[i-1].s; i-- {
			spans[i], spans[i-1] = spans[i-1], spans[i]
		}
	}
	return spans
}

// covered reports whether a span holds token k.
func covered(spans []span, k int) bool {
	for _, sp := range spans {
		if k >= sp.s && k < sp.e {
			return true
		}
	}
	return false
}

// splitAnd splits a span of two names of bodies joined by "and" into
// two: "the Mirror and Express titles", "Oxford University and Imperial
// College". Both parts must be as long as each other and end in a word
// that heads such names (orgWords, strongOrgWords), so that one body
// named with "and" stays whole ("Marks and Spencer", "Trinidad and
// Tobago", "the Securities and Exchange Commission", "Arts and Crafts").
// Names of other kinds are split as twoActs says: "Green Day, the Foo
// Fighters and Keane". docs are the story's paragraphs, with the
// tagger's spans.
func splitAnd(d *paraDoc, docs []*paraDoc, spans []span) []span {
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if sp.typ == "PER" || sp.rule {
			continue
		}
		a := -1
		for k := sp.s + 1; k < sp.e-1; k++ {
			if d.toks[k].text == "and" {
				if a >= 0 {
					a = -1 // more than one "and": a longer title
					break
				}
				a = k
			}
		}
		if a < 0 || !d.toks[a+1].cap {
			continue
		}
		pair := false
		if !twoBodies(d.toks, sp, a) {
			if !twoActs(d, docs, spans, i, a) {
				continue
			}
			pair = true
		}
		left, right := sp, sp
		left.e, right.s = a, a+1
		left.pair, right.pair = pair, pair
		spans = replaceSpan(spans, i, left, right)
		i++
	}
	return spans
}

// twoBodies reports whether span sp, with "and" at token a, joins two
// names of bodies as long as each other, each ending in a word that heads
// such names: "the Mirror and Express titles", "Oxford University and
// Imperial College".
func twoBodies(toks []tok, sp span, a int) bool {
	if a-sp.s != sp.e-a-1 || !bodyHead(&toks[a-1]) || !bodyHead(&toks[sp.e-1]) {
		return false
	}
	// A plural noun before "and" qualifies the words after it as well:
	// "the US Securities and Exchange Commission".
	l := toks[a-1].lower
	return !strings.HasSuffix(l, "s") || paperWords[l]
}

// bodyHead reports whether t, the last word of a name, is one that heads
// the names of bodies.
func bodyHead(t *tok) bool {
	return t.word && t.cap && (orgWords[t.lower] || strongOrgWords[t.lower])
}

// paperWords end the names of newspapers and magazines: "the Courier",
// "the Yorkshire Post", "the Mirror and Express titles".
var paperWords = setOf(`times post mail herald guardian telegraph express sun mirror star
journal gazette chronicle tribune courier observer independent echo standard record argus
examiner inquirer bulletin dispatch advertiser news economist spectator metro`)

// replaceSpan puts the two spans left and right in place of spans[i].
func replaceSpan(spans []span, i int, left, right span) []span {
	spans = append(spans, span{})
	copy(spans[i+2:], spans[i+1:])
	spans[i], spans[i+1] = left, right
	return spans
}
