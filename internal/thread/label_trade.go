package thread

import "strings"

// A diary item on a purchase or a sale says so in a verb that no news
// verb list holds in that form: "Television chef Esmond Ilsington, who
// once ran a pie stall, has bought a £2.1million farmhouse", "she's
// splashed out an estimated £1.5 million on a country mansion", "Lady
// Hollowby is selling her diamond tiara", "has put his Dorset manor on
// the market". A headline says "Esmond Ilsington buys farmhouse", "Lady
// Hollowby sells tiara". The trade rule finds such a verb in the lead
// paragraph, or in the first sentence of the next one when the lead is
// a tease ("She might have lost a million listeners, but …"), and
// labels the name, "buys" or "sells", and the head noun of what was
// bought or sold. The perfect ("has bought") or the progressive ("is
// selling") tells the news; "who bought it in 2009", "had bought" and
// "bought" alone tell the past, and "which has bought", "you have
// bought" someone else's purchase. With no common noun for the object (a
// pub named "the Tumbling Otter", "ours") the rule keeps out.

// tradeForms maps the verbs of the trade rule to the label's verb and
// the word that must come before them.
var tradeForms = map[string]struct{ verb, aux string }{
	"bought":    {"buys", "has"},
	"purchased": {"buys", "has"},
	"splashed":  {"buys", "has"}, // with "out"
	"snapped":   {"buys", "has"}, // with "up"
	"selling":   {"sells", "is"},
	"put":       {"sells", "has"}, // with "on the market" or "up for sale"
}

// tradeWords looks tradeForms up.
var tradeWords = newLowerWords(tradeForms)

// tradeAux are the forms of the auxiliaries tradeForms name.
var tradeAux = map[string]string{
	"has": "has", "have": "has", "she": "has", "he": "has", // "she's splashed out": the tokens drop "'s"
	"is": "is", "are": "is",
}

// trade is a purchase or sale found in a paragraph: its verb's index,
// the label's verb and the object's first word.
type trade struct {
	at, obj int
	verb    string
}

// leadTrade returns the trade of the trade rule in the thread's lead
// paragraph lead, or in the first sentence of next, the paragraph after
// it, and the words it was found in.
func leadTrade(lead, next []word) (trade, []word, bool) {
	if t, ok := tradeIn(lead, len(lead)); ok {
		return t, lead, true
	}
	if t, ok := tradeIn(next, sentenceWords(next)); ok {
		return t, next, true
	}
	return trade{}, nil, false
}

// sentenceWords returns the number of words of ws's first sentence.
func sentenceWords(ws []word) int {
	for i, w := range ws {
		if i > 0 && w.opensSentence() {
			return i
		}
	}
	return len(ws)
}

// tradeIn returns the first trade in ws[:n].
func tradeIn(ws []word, n int) (trade, bool) {
	for i := 1; i < n && i < nominalWords; i++ {
		f, ok := tradeWords.get(ws[i].surface)
		if !ok || !ws[i].joined {
			continue
		}
		j := i - 1
		for j > 0 && ws[j].lex&lexAdverb != 0 && ws[j].joined {
			j-- // "has already bought"
		}
		if tradeAux[strings.ToLower(ws[j].surface)] != f.aux {
			continue
		}
		if j > 0 && ws[j].joined {
			if _, ok := otherBuyers[strings.ToLower(ws[j-1].surface)]; ok {
				continue // "the firm which has bought its main asset", "you have bought"
			}
		}
		obj := i + 1
		switch strings.ToLower(ws[i].surface) {
		case "splashed", "snapped":
			want := "out"
			if strings.EqualFold(ws[i].surface, "snapped") {
				want = "up"
			}
			if obj >= len(ws) || !strings.EqualFold(ws[obj].surface, want) {
				continue
			}
			obj++
			if want == "out" {
				// "splashed out £3million on a farmhouse"
				for obj < len(ws) && obj <= i+8 && !strings.EqualFold(ws[obj].surface, "on") {
					obj++
				}
				obj++
			}
		case "put":
			if !onMarket(ws, obj) {
				continue
			}
		}
		if obj < len(ws) {
			return trade{at: i, obj: obj, verb: f.verb}, true
		}
	}
	return trade{}, false
}

// onMarket reports whether the words from i on put something "on the
// market" or "up for sale" within a few words.
func onMarket(ws []word, i int) bool {
	for j := i; j < len(ws) && j <= i+6; j++ {
		l := strings.ToLower(ws[j].surface)
		if l == "market" && j >= 2 && strings.EqualFold(ws[j-2].surface, "on") || l == "sale" && j >= 2 && strings.EqualFold(ws[j-2].surface, "up") {
			return true
		}
	}
	return false
}

// tradeLabel returns the trade rule's label: the label's name (its
// first nameLen words), the trade's verb and the head noun of its
// object in ws; ok is false when there is no name or no such noun.
func (lb *labeler) tradeLabel(label []string, nameLen int, ws []word, t trade, terms []*cand) ([]string, bool) {
	if nameLen == 0 || nameLen > 3 {
		return label, false
	}
	obj, idiom := lb.objectAfter(ws, t.obj, terms)
	if obj == nil || idiom {
		return label, false
	}
	out := label[:nameLen:nameLen]
	if t.verb == "buys" {
		out = append(out, t.verb)
	}
	words := obj.words
	if len(out)+len(words)+1 > 5 {
		words = words[len(words)-1:] // the head alone: "tiara", not "diamond tiara"
	}
	if len(out)+len(words) > 5 || t.verb == "sells" && len(out)+len(words) > 4 {
		return label, false
	}
	for i, w := range words {
		s := strings.ToLower(w.surface)
		if i == len(words)-1 && t.verb == "sells" {
			s = singular(s)
		}
		out = append(out, s)
	}
	if t.verb == "sells" {
		out = append(out, "sale") // "Lady Hollowby tiara sale"
	}
	return out, true
}

// otherBuyers before the auxiliary make the buyer or seller someone the
// label does not name: a relative clause's ("which has bought") or the
// writer's and reader's ("I have bought", "you have bought").
var otherBuyers = toSet(`which who you we`)
