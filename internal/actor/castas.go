package actor

import "strings"

// What stands before "as" says whether the name after it is a part an
// actor takes (performer.go): praise of a performance ("is superb as
// Tilly", "is quietly chilling as Father Ivo"), the actor's own name in a
// caption or a cast list ("Ada Kell as Marthe in The Salt Widow", "Ada
// Kell as Nell and Ivo Marsh as her son"), joining a cast ("joins the
// cast as Hortense", "joins as her son Cal") or being cast ("has been
// cast as DCI Rowena Blane").

// asPartCue reports whether the words before "as" at k make the name
// after it (and its description) a part: a form of "be", maybe an
// adverb in -ly, and a word of praise; a person's name ending right
// before "as", in a paragraph that does not speak of sport (a caption or
// a cast list; not "succeed Ada Kell as Velmo coach", which the name's
// phrase ending excludes); a verb of joining, maybe with "the cast"; or
// a verb of casting or starring after a form of "be" or "have".
func asPartCue(d *paraDoc, k, e int) bool {
	toks := d.toks
	if k < 1 {
		return false
	}
	j := k - 1
	w := toks[j].lower
	switch {
	case praiseWords[w]:
		if j >= 2 && adverbLy(&toks[j-1]) {
			j-- // "is quietly devastating as"
		}
		return j >= 1 && toks[j-1].is(clsBeForm)
	case toks[j].word && toks[j].cap && d.inPerson(j):
		// "Ada Kell as Marthe in …", "Ada Kell as Aunt Viv, the sister who"
		return (creditEnd(toks, e) || describedPart(toks, k+1, e)) && !sportsParagraph(toks)
	case w == "," && j >= 1 && toks[j-1].word && toks[j-1].cap && d.inPerson(j-1):
		// "Ada Kell, as Marthe, stares": the part in commas.
		return (creditEnd(toks, e) || e < len(toks) && toks[e].text == ",") && !sportsParagraph(toks)
	case joinVerbs[w]:
		return true // "joins as her son Cal"
	case w == "cast" && j >= 2 && toks[j-1].lower == "the" && joinVerbs[toks[j-2].lower]:
		return true // "joins the cast as Hortense"
	case (w == "her" || w == "him") && j >= 1 && stageVerbs[toks[j-1].lower]:
		return true // "cast her as Lady Macbeth"
	case stageVerbs[w]:
		// "stars as", "has been cast as"; not "such screen stars as
		// Ada Kell".
		p := ""
		if j >= 1 {
			p = toks[j-1].lower
		}
		return j == 0 || !toks[j-1].word || toks[j-1].cap || clauseWords[p] || haveForms[p]
	}
	return false
}

// possessedTitle reports whether a possessive determiner, maybe with one
// hyphenated word in lower case, stands before the title at s: "his King
// Lear", "her Lady Macbeth", "whose stripped-back King Lear" name a part
// as an actor plays it, never a person; a relative's title is left
// ("her Aunt Bunty").
func possessedTitle(toks []tok, s int) bool {
	if s < 1 || kinTitle(toks[s].lower) {
		return false
	}
	k := s - 1
	if t := toks[k]; k >= 1 && t.word && !t.cap && strings.Contains(t.text, "-") && !t.is(clsPossessiveDet) {
		k--
	}
	return toks[k].is(clsPossessiveDet) && toks[k].lower != "its"
}

// orderTitles call a member of a religious order or a priest by a
// title before the name: "Father Ivo Marsh", "Sister Ada".
var orderTitles = setOf(`father sister brother mother`)

// creditEnd reports whether the part ending at e closes a caption or a
// cast list's item: the paragraph's end with no full stop (a
// caption's), "in" or "at" before a
// capitalised title or "the" ("as Marthe in The Salt Widow", "as Nell
// at the Alhambra"), or "and" before the next actor's name and "as"
// ("as Nell and Ivo Marsh as her son"). A part then a comma or a full
// stop is left to other cues: "starring Ivo Marsh as Ada Kell, took
// $9m" may name the real person a biopic portrays.
func creditEnd(toks []tok, e int) bool {
	if e >= len(toks) {
		return true // a caption, with no full stop
	}
	if e+1 >= len(toks) {
		return false
	}
	switch toks[e].lower {
	case "in", "at":
		return toks[e+1].cap || toks[e+1].lower == "the"
	case "and":
		for k := e + 1; k < len(toks) && k <= e+5; k++ {
			if toks[k].lower == "as" {
				return k > e+1 && toks[k-1].cap
			}
			if !toks[k].word || !toks[k].cap {
				return false
			}
		}
	}
	return false
}

// joinVerbs before "as" or "the cast as" make the name after them a
// part: an actor joins a show as a character.
var joinVerbs = setOf(`join joins joined joining`)

// haveForms are the forms of "have" before a participle.
var haveForms = setOf(`has have had`)

// adverbLy reports whether t is a lower-case adverb in -ly: "quietly",
// "utterly".
func adverbLy(t *tok) bool {
	return t.word && !t.cap && len(t.lower) > 4 && t.lower[len(t.lower)-2:] == "ly"
}

// nounPlay reports whether the form of "play" at k is the noun, after an
// article, a determiner or a possessive: "the play his late father
// wrote", "her new play".
func nounPlay(toks []tok, k int) bool {
	if k < 1 || toks[k].lower != "play" && toks[k].lower != "plays" {
		return false
	}
	p := &toks[k-1]
	switch {
	case isPossessive(p), p.is(clsPossessiveDet):
		return true
	case p.word && !p.cap && (p.lower == "the" || p.lower == "a" || p.lower == "this" || p.lower == "that" || p.lower == "new" || p.lower == "first" || p.lower == "latest"):
		return true
	}
	return false
}

// describedPart reports whether the part from s to e, after an actor's
// name and "as", is a titled name or a lone given name that a comma and
// an article then describe: "Ada Kell as Aunt Viv, the sister who comes
// home", "Ada Kell as Nell, a widow". A biopic's real subject, named in
// full, is left to other cues.
func describedPart(toks []tok, s, e int) bool {
	if e+2 >= len(toks) || toks[e].text != "," {
		return false
	}
	if a := toks[e+1].lower; a != "the" && a != "a" && a != "an" || !toks[e+2].word || toks[e+2].cap {
		return false
	}
	return e-s == 1 || e-s > 1 && partTitle(toks[s].text)
}

// actorAs reports whether the mention m stands right after a person's
// name and "as": "Ada Kell as Marthe in The Salt Widow", where the tagger
// may read the lone part's name as a place's or a firm's.
func actorAs(d *paraDoc, m *mention) bool {
	return m.s >= 2 && d.toks[m.s-1].lower == "as" && d.toks[m.s-2].cap && d.inPerson(m.s-2)
}
