package thread

import "strings"

// Labels should name things: names and nouns, not verbs, adjectives or
// adverbs. Without a tagger, a word's class is guessed from its ending
// (lexAdverb, lexAdjective, lexNoun) and from the words it follows in the
// story: a determiner before it ("the", "a", "its") and no content word
// after it make a noun; a modal, a pronoun or "to" before it make a verb;
// a copula or a degree word ("is", "very") before it an adjective.

// adverbKeep are words ending in "ly" that are nouns.
var adverbKeep = toSet(`supply reply family assembly rally ally monopoly anomaly july italy belly bully jelly lily holly folly melancholy homily panoply rely apply comply imply multiply fly`)

var (
	adjectiveEndings = []string{"ous", "ive", "ful", "less", "able", "ible", "ical", "ern", "ial", "ual", "onal", "toral"}
	nounEndings      = []string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism", "ure", "ery", "dom", "hood"}
)

// commonAdjectives are frequent adjectives no ending gives away.
var commonAdjectives = toSet(`ready able unable due sure clear clearer happy unhappy keen aware available difficult important necessary great greater greatest little different similar free hard easy strong weak wrong right certain serious true false fine poor rich huge large larger largest tough safe unsafe fair unfair open closed busy quick slow fresh extra further real simple`)

// determiners open a noun phrase ("a" is a one-letter token the tokenizer
// drops; words record it in afterA).
var determiners = toSet(`the an this these those its his her their our my your every each no any some another whose`)

// verbCues are followed by a verb when a lower-case content word comes
// next: modals, subject pronouns, "to", negations.
var verbCues = toSet(`it to will would can could should may might must shall not never did does do didn doesn don won he she they we you who cannot`)

// adjectiveCues are followed by an adjective or a participle.
var adjectiveCues = toSet(`is was are were be been being very more most so too less become became remain remains remained seem seems seemed looks`)

// wordClass returns the flags a lower-case word's ending and its role as
// a cue give it.
func wordClass(lower string) uint16 {
	var f uint16
	if len(lower) >= 5 && strings.HasSuffix(lower, "ly") {
		if _, ok := adverbKeep[lower]; !ok {
			f |= lexAdverb
		}
	}
	if len(lower) >= 7 && !strings.Contains(lower, "-") {
		for _, e := range adjectiveEndings {
			if strings.HasSuffix(lower, e) {
				f |= lexAdjective
				break
			}
		}
		for _, e := range nounEndings {
			if strings.HasSuffix(lower, e) {
				f |= lexNoun
				break
			}
		}
	}
	if _, ok := commonAdjectives[lower]; ok {
		f |= lexAdjective
	}
	if _, ok := determiners[lower]; ok {
		f |= lexDet
	}
	if _, ok := verbCues[lower]; ok {
		f |= lexVerbCue
	}
	if _, ok := adjectiveCues[lower]; ok {
		f |= lexAdjCue
	}
	return f
}

// roles counts, over a story, the uses of a word that mark it as the head
// of a noun phrase (nouns) and those that mark it as a verb or an
// adjective (others), by stem id and whether the word ends in a plain
// "s" (roleKey): "to talk" says nothing about "talks".
type roles struct {
	nouns, others []float32
}

// learn counts the roles of the words of paras (ids below nv), afresh.
func (r *roles) learn(paras [][]word, nv int) {
	r.nouns, r.others = resize(r.nouns, 2*nv), resize(r.others, 2*nv)
	r.add(paras)
}

// add counts the roles of the words of paras too.
func (r *roles) add(paras [][]word) {
	for _, ws := range paras {
		for i, w := range ws {
			if w.stop || w.name {
				continue
			}
			var prev uint16
			if i > 0 && w.joined {
				prev = ws[i-1].lex
			}
			// a content word after it: it modifies a noun
			modifier := i+1 < len(ws) && ws[i+1].joined && !ws[i+1].stop && !ws[i+1].name
			switch {
			case (w.afterA || prev&lexDet != 0) && !modifier:
				r.nouns[roleKey(w)]++
			case i+1 < len(ws) && ws[i+1].joined && ws[i+1].stem == "of" && i > 0 && w.joined && !ws[i-1].stop:
				r.nouns[roleKey(w)]++ // "cause of", "rights of"
			case i > 0 && w.joined && ws[i-1].upper && !ws[i-1].stop && roleKey(w)%2 == 1 && i+1 < len(ws) && ws[i+1].joined && (ws[i+1].afterA || ws[i+1].lex&lexDet != 0 || ws[i+1].name):
				r.others[roleKey(w)]++ // a name, a verb and its object: "Davenport faces Serena"
			case prev&(lexVerbCue|lexAdjCue) != 0:
				r.others[roleKey(w)]++
			case i+1 < len(ws) && ws[i+1].joined && (ws[i+1].afterA || ws[i+1].lex&lexDet != 0) && !w.afterA && prev&lexDet == 0:
				r.others[roleKey(w)] += 0.5 // a verb (or a preposition) before its object: "portrays the"
			}
		}
	}
}

// nounFactor scales the label weight of a word by how noun-like it
// looks: 1 without evidence either way, less as uses as a verb or an
// adjective (and adjective endings) outweigh uses as a noun.
func (r *roles) nounFactor(w word) float64 {
	n, o := 1.0, 0.0
	if k := roleKey(w); k < len(r.nouns) {
		n += float64(r.nouns[k])
		o += float64(r.others[k])
	}
	if w.lex&lexNoun != 0 {
		n++
	}
	if w.lex&lexAdjective != 0 {
		o++
	}
	if strings.HasSuffix(w.surface, "ing") {
		o += 0.5
	}
	return n / (n + o)
}

// roleKey is where roles counts w: by its stem and whether it ends in a
// single "s" (a plural noun or a verb's third person).
func roleKey(w word) int {
	k := 2 * int(w.id)
	if n := len(w.surface); n > 2 && w.surface[n-1] == 's' && w.surface[n-2] != 's' {
		k++
	}
	return k
}
