package actor

// This file holds the rule that splits a span the tagger read as one
// name across "and" when a reader sees two: the tail of a list ("Green
// Day, the Foo Fighters and Keane are among the acts") or a pair whose
// parts the story also names alone ("Both Green Day and The Foo Fighters
// … Green Day's last album"). One name written with "and" stays whole:
// a firm of two surnames ("Marks and Spencer", "Procter and Gamble"), a
// body whose head noun the words before "and" share ("Transport and
// General Workers Union"), a name with "of" ("Department of Trade and
// Industry") and a country ("Trinidad and Tobago").

// twoActs reports whether span spans[i] of paragraph d, with "and" at
// token a, names two things: neither part holds a lower-case word, the
// words before "and" do not merely qualify the head noun closing the
// span, and either part is a name of its own elsewhere in the story
// (docs), or the span closes a list of names and is not two single
// words.
func twoActs(d *paraDoc, docs []*paraDoc, spans []span, i, a int) bool {
	sp := spans[i]
	if sp.typ == "LOC" {
		return false // "Trinidad and Tobago", "Bosnia and Herzegovina"
	}
	toks := d.toks
	for k := sp.s; k < sp.e; k++ {
		if k != a && (!toks[k].cap || !toks[k].word) && !isNumber(toks[k].text) {
			return false // "Department of Trade and Industry", "Only Fools and Horses"
		}
	}
	if a-sp.s == 1 && !nameHead(toks[a-1].text) && nameHead(toks[sp.e-1].text) {
		return false // "Transport and General Workers Union", "Health and Safety Executive"
	}
	if namedAlone(docs, toks[sp.s:a]) || namedAlone(docs, toks[a+1:sp.e]) {
		return true
	}
	return sp.e-sp.s > 3 && listTail(d, spans, i)
}

// namedAlone reports whether the story names part (a run of tokens of
// a paragraph) on its own: a tagger's span holding just those words.
func namedAlone(docs []*paraDoc, part []tok) bool {
	for _, d := range docs {
		for _, sp := range d.spans {
			if sp.e-sp.s != len(part) || sp.s > 0 && d.toks[sp.s-1].lower == "and" || sp.e < len(d.toks) && d.toks[sp.e].lower == "and" {
				continue // itself one side of a pair, as the tagger split it
			}
			if sameWords(d.toks[sp.s:sp.e], part) {
				return true
			}
		}
	}
	return false
}

// listTail reports whether spans[i] closes a list of names: a comma and
// another name before it (a "the" between them aside), and no more name
// or "and" after it. A name opening the sentence after a preposition
// sets a scene, not a list item ("In Leeds, Tate and Lyle Sugars").
func listTail(d *paraDoc, spans []span, i int) bool {
	toks := d.toks
	sp := spans[i]
	j := sp.s
	if j > 0 && toks[j-1].lower == "the" {
		j--
	}
	if j < 2 || toks[j-1].text != "," || !toks[j-2].cap || !toks[j-2].word {
		return false
	}
	if sp.e < len(toks) && (toks[sp.e].cap || toks[sp.e].lower == "and" || toks[sp.e].text == "&") {
		return false
	}
	for _, o := range spans[:i] {
		if o.e == j-1 {
			return !(o.s > 0 && toks[o.s-1].sentStart && scenePrepositions[toks[o.s-1].lower])
		}
	}
	return false
}

// scenePrepositions open a sentence's adverbial of place or time.
var scenePrepositions = setOf(`in at on from for by near after before during`)

// nameHead reports whether w is a head noun of the names of bodies,
// places, documents or events ("Union", "Executive", "Bay").
func nameHead(w string) bool {
	return headBits(w) != 0 || orgWordsFold.has(w)
}
