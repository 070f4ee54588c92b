package thread

import "strings"

// A small-cap round-up closes on the firms coming to market: "with
// heat pump installer Tarnwell Energy planning to float at a valuation
// of around £60million", "Furniture maker Oakridge Hale plans to list on
// AIM", "digital lender Penfold PLC launching its IPO next week". The
// news is the float, which a sub-editor writes after the firm's name:
// "Tarnwell Energy float plan", "Oakridge Hale listing plan", "Penfold
// IPO". The labels took the firm's trade or the valuation instead
// ("heat pump newcomer", "list valuation"), or a place named before
// the firm ("Devon announcing plans"). The float rule finds
// the float in the lead: the verb "float" or "list" after "to", "join"
// with AIM or a market, or the noun "float", "flotation", "listing" or
// "IPO"; the float is to come (not "since it floated"), and the lead
// speaks of a market (AIM, a market, an exchange, a valuation, an IPO),
// so that a milk float or a supermarket listing is none. The firm is the
// run of capitalised words nearest before the float in its sentence,
// without its legal form; the label's noun is the one the lead names
// after the firm ("in a listing that would value it"), else the verb's
// ("float", "listing"); "plan" follows when a word of planning stands
// between the firm and the float ("plans to", "intends to join").

// floatWords is how many words of the lead paragraph the float rule
// looks in: a round-up's item may open on a sentence of its own ("The
// junior market may get a rare newcomer before Christmas.").
const floatWords = 50

// floatBack is the most words from the float back to the firm's name.
const floatBack = 25

// floatNouns map the nouns of a float to the label's noun.
var floatNouns = map[string]string{"float": "float", "flotation": "flotation", "listing": "listing", "ipo": "IPO"}

// floatMarket are the words of a lead that speaks of a stock market.
var floatMarket = toSet(`aim ipo market exchange valuation value`)

// floatJoin are the words after "join" that name a market ("join AIM",
// "join the junior market").
var floatJoin = toSet(`aim market exchange`)

// floatPlan are the words of planning between the firm and its float.
var floatPlan = toSet(`plan plans planned planning intends intend intention aims aiming hopes proposed proposes`)

// floatTrigger returns the label's noun for the float told at lead[i],
// and whether lead[i] tells one.
func floatTrigger(lead []word, i int) (string, bool) {
	s := strings.ToLower(lead[i].surface)
	prev := ""
	if i > 0 {
		prev = strings.ToLower(lead[i-1].surface)
	}
	switch s {
	case "float", "list":
		if prev == "to" {
			if s == "list" {
				return "listing", true
			}
			return "float", true
		}
		if s == "float" && afterDet(lead, i) {
			return "float", true // "in a float"
		}
	case "flotation", "listing":
		return s, true
	case "ipo":
		if afterDet(lead, i) || prev == "its" || prev == "their" {
			return "IPO", true
		}
	case "join":
		for k := i + 1; k < len(lead) && k <= i+3; k++ {
			if wordIn(floatJoin, lead[k]) {
				return "float", true
			}
		}
	}
	return "", false
}

// leadFloat returns the float rule's label for lead, the thread's lead
// paragraph, and whether the rule fires.
func leadFloat(lead []word) ([]string, bool) {
	n := min(len(lead), floatWords)
	market := false
	for _, w := range lead[:n] {
		if wordIn(floatMarket, w) {
			market = true
			break
		}
	}
	if !market {
		return nil, false
	}
	var aside []bool // words in a relative clause (label_aside.go)
	for i := 1; i < n; i++ {
		noun, ok := floatTrigger(lead, i)
		if !ok {
			continue
		}
		if aside == nil {
			aside = make([]bool, len(lead))
			markAsides(aside, lead)
		}
		from, to, plan := floatFirm(lead, aside, i)
		if from < 0 {
			continue
		}
		for k := i + 1; k < n && !lead[k].opensSentence(); k++ {
			if nn, ok := floatNouns[strings.ToLower(lead[k].surface)]; ok && afterDet(lead, k) {
				noun = nn // "set to join the junior market in a listing"
				break
			}
		}
		label := make([]string, 0, to-from+2)
		for _, w := range lead[from:to] {
			label = append(label, w.surface)
		}
		if len(label) > 1 {
			if _, legal := legalForms[strings.ToLower(label[len(label)-1])]; legal {
				label = label[:len(label)-1]
			}
		}
		label = append(label, noun)
		if plan {
			label = append(label, "plan")
		}
		return label, true
	}
	return nil, false
}

// floatFirm returns the run lead[from:to] of capitalised words nearest
// before lead[at] in its sentence and outside a relative clause (aside:
// "Hollin Oak, which has showrooms in Leeds, plans to list"); from is -1
// when there is none. It also reports whether a word of planning stands
// between the run and lead[at].
func floatFirm(lead []word, aside []bool, at int) (from, to int, plan bool) {
	for k := at - 1; k >= 0 && k >= at-floatBack; k-- {
		w := lead[k]
		if w.opensSentence() && (w.stop || k+1 < at && !lead[k+1].joined) {
			return -1, -1, false // past the sentence's opening word
		}
		if wordIn(floatPlan, w) {
			plan = true
		}
		if !w.upper || aside[k] || w.caps && wordIn(floatMarket, w) {
			continue
		}
		to = k + 1
		from = k
		for from > 0 && lead[from].joined && lead[from-1].upper && !lead[from-1].stop {
			from-- // a name may open the sentence: "Nettlecombe Pies, the maker of …"
		}
		return from, to, plan
	}
	return -1, -1, false
}

// afterDet reports whether lead[i] follows a determiner ("a" is a
// dropped token, which afterA marks).
func afterDet(lead []word, i int) bool {
	return lead[i].afterA || i > 0 && lead[i-1].lex&lexDet != 0
}
