package thread

import "strings"

// A name that opens a sentence is capitalised like any opener, so the
// tokenizer does not mark it as a name ("Cineworld (down 6 per cent)
// slid after …"). The story tells: a common word that opens a sentence
// turns up in lower case elsewhere in the story ("Demand … the demand"),
// while a name never does. The opener-name rule takes a one-word
// candidate that the story never writes in lower case, and that no
// ending marks as an adjective, adverb or abstract noun, as a name.

// learnCase records which stems the story (all its paragraphs) writes
// in lower case; label consults it for the opener-name rule, which
// stays off until it is learnt.
func (lb *labeler) learnCase(paras [][]word) {
	for _, p := range paras {
		for _, w := range p {
			if int(w.id) >= len(lb.lower) {
				continue
			}
			if !w.upper {
				lb.lower[w.id] = true
			}
			if w.name {
				lb.midName[w.id] = true
			}
		}
	}
	lb.caseKnown = true
}

// openerName reports whether the one-word candidate c, never used as a
// name mid-sentence, is a name all the same: capitalised in every use
// (each opening a sentence), never in lower case in the story, and not
// a word whose ending or list marks it as another class.
func (lb *labeler) openerName(c *cand) bool {
	if len(c.words) != 1 || c.names > 0 || c.lowers > 0 || c.apart < c.count {
		return false
	}
	return lb.nameInStory(c.words[0])
}

// nameInStory reports whether the capitalised word w reads as a name by
// the story's evidence: never written in lower case there, and not a
// word whose ending or list marks it as another class.
func (lb *labeler) nameInStory(w word) bool {
	if !w.upper || w.stop || w.lex&(lexGeneric|lexShort|lexFigure|lexAdverb|lexAdjective|lexNoun|lexPast|lexTitle) != 0 {
		return false
	}
	if strings.HasSuffix(w.surface, "ing") || agentNoun(w.surface) || agentNoun(strings.TrimSuffix(w.surface, "s")) {
		return false // "Speaking, …", "Turning to …", "Bookmaker, …", "Savers, …"
	}
	return lb.caseKnown && !lb.lower[w.id]
}

// midNameOnly reports whether the story writes w capitalised mid-sentence
// and never in lower case: a name, whatever its ending says ("Tilly",
// "Verity": not the adverb or the abstract noun their endings make of
// them).
func (lb *labeler) midNameOnly(w word) bool {
	return lb.caseKnown && lb.midName[w.id] && !lb.lower[w.id] && !strings.Contains(w.surface, "-") && w.lex&(lexStop|lexTitle|lexGeneric|lexShort|lexFigure) == 0
}

// properName is properName of ws, without a plural nationality in
// front ("Americans Andy Roddick"), that also takes in a sentence opener
// run into the name when the story shows it is part of the name: a word
// it never writes in lower case and capitalises mid-sentence too
// ("Zelvane" of "Zelvane Robotics" at the start of a sentence, when
// "shares in Zelvane" follows; "Tilly" of "Tilly Marsh" when "Tilly
// says" follows), unlike a role ("Actress Ida Lorne") or a modifier
// ("Rival Ardmore Homes").
func (lb *labeler) properName(ws []word) bool {
	if len(ws) > 1 && pluralDemonym(ws[0].surface) {
		return false // "Americans Andy Roddick"
	}
	if len(ws) > 1 && ws[0].promoted && (len(ws) == 2 && (stormName(ws) || lb.tradeNamed(ws)) || (len(ws) == 2 || lb.midName[ws[0].id]) && lb.nameInStory(ws[0]) && !strings.Contains(ws[0].surface, "-") || lb.midNameOnly(ws[0])) {
		return properName(ws[1:])
	}
	return properName(ws)
}

// roleFronted reports whether the name ws, extending the name best,
// opens with a word the story also writes in lower case, in front of at
// least two name words: a role or rank ("Mayor Tilda Voss" after "the
// mayor said"), which the label leaves out.
func (lb *labeler) roleFronted(ws, best []word) bool {
	return len(ws) >= 3 && lb.caseKnown && lb.lower[ws[0].id] && !containsPhrase(best, ws[:1])
}

// pluralDemonym reports whether a capitalised word reads as a
// nationality in the plural ("Americans", "Australians", "Germans"),
// which describes the name it stands in front of rather than belonging
// to it.
func pluralDemonym(s string) bool {
	return len(s) >= 7 && strings.HasSuffix(s, "ans")
}

// A sentence may open on a common word run into the name after it:
// "Rival Pennant Homes climbed", "Recruiter Pennant Group lost",
// "Heiress Cosima Ferrier has". Candidates are three words at most, so
// the name the label finds may be the opener and the name's first word
// ("Rival Pennant") while the name's own next word ("Homes") is cut off.
// The opener-swap rule prefers the name run on to the right ("Pennant
// Homes") when the word in front is a common word: one the tagged-news
// lexicon (label_pos.txt) has, which holds no names, or an agent noun
// ("Recruiter", "Oiler"). A given name ("Oscar Lindqvist"), a storm's
// "Storm", a rank ("Lady Ashcombe") or a place name's first word ("South
// Korea") is no such word.

// swapKeep are words that a label writes with the name they stand
// before: ranks and styles ("Lady Ashcombe", "Earl Spencer") and the
// common words that begin place names ("South Korea", "New Forest",
// "Great Ayton"). No opener to drop.
var swapKeep = toSet(`sir dame lady lord baroness baron earl duke duchess countess count king queen prince princess rev canon bishop north south east west northern southern eastern western new great little upper lower old mount lake port fort saint st`)

// openerSwap reports whether the name c should replace pick, best's
// extension so far (or best itself): pick is a common-word sentence
// opener and the words of a name, and c is those words run on by one.
func (lb *labeler) openerSwap(c, pick, best *cand) bool {
	p := pick.words
	if len(p) < 2 || len(c.words) != len(p) || !p[0].promoted || c.words[0].promoted || stormName(p[:2]) {
		return false
	}
	if pick != best && (len(best.words) != len(p)-1 || !samePhrase(p[1:], best.words)) {
		return false // pick is best with the opener in front
	}
	if !samePhrase(c.words[:len(p)-1], p[1:]) {
		return false // c runs the same name words on to the right
	}
	low := strings.ToLower(p[0].surface)
	if _, keep := swapKeep[low]; keep {
		return false // "Lady Ashcombe", "South Korea": part of the name
	}
	_, known := posOf(low)
	return known || agentNoun(low)
}

// samePhrase reports whether a and b have the same stems in order.
func samePhrase(a, b []word) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].id != b[i].id {
			return false
		}
	}
	return true
}

// A firm is often named by one word of its own and a word of its trade
// or legal form ("Tarnby Minerals", "Wexley Energy", "Corrin Bank",
// "Halvey Holdings"). The trade word alone names no firm: "Minerals
// surged" is no sentence of a market report. So when such a two-word
// name opens a sentence, its first word belongs to it even if its ending
// reads like a noun of a trade ("Tarnby", "Lowmoor": "-er" words such as
// "Miner" or "Bookmaker" are kept out of names by nameInStory), unless
// the story writes that word in lower case too ("Rival Bank" beside "its
// rival"), or it is a function word or a title.

// firmTrades are nouns of a firm's trade or legal form that end a firm's
// name of two words.
var firmTrades = toSet(`minerals mining resources metals energy oil gas petroleum power bank bancorp holdings group plc ltd inc llc corp foods brewery breweries motors pharma pharmaceuticals therapeutics biotech technologies systems software telecom networks industries insurance capital investments securities properties homes logistics shipping airlines airways retail stores brands media games studios entertainment water utilities chemicals steel engineering`)

// tradeNamed reports whether the two words ws, the first a sentence
// opener run into the second, are a firm's own word and a trade word
// (see firmTrades).
func (lb *labeler) tradeNamed(ws []word) bool {
	first := ws[0]
	if len(ws) != 2 || !wordIn(firmTrades, ws[1]) || wordIn(firmTrades, first) || first.stop || first.lex&(lexTitle|lexGeneric|lexFigure|lexShort) != 0 || strings.Contains(first.surface, "-") {
		return false
	}
	return lb.caseKnown && !lb.lower[first.id]
}
