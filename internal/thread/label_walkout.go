package thread

import "strings"

// A strike is told by its verb or by staging one: "Porters at Selby
// Vale Hospital will strike for 48 hours from Monday", "guards on the
// Harrow line have voted to strike over rosters", "as drivers stage a
// 24-hour walkout over pay". A sub-editor writes who strikes and
// "strike": "Selby Vale Hospital porters strike", "Harrow line guards
// strike". The walkout rule finds such a verb in the lead's first
// sentence ("strike" after "to" or "will", or "stage" before "walkout"
// or "strike"), takes the strikers from the lower-case noun that is its
// subject (past an "on", "at" or "for" phrase that names the employer),
// and labels the label's name (when the lead names it), the strikers and
// "strike". "Strike a deal", "strike a balance", "strike out" and "strike
// back" tell no strike: the verb must have no object.

// walkoutAux are the words between the strikers and the verb ("will",
// "have voted to", "are set to").
var walkoutAux = toSet(`will would to have has had voted vote are is were set due planning plan plans also now again could`)

// walkoutObjects after "strike" make it another verb ("strike a deal").
var walkoutObjects = toSet(`out back down up off gold lucky it`)

// walkoutStage are the verbs of staging a strike.
var walkoutStage = toSet(`stage stages staged staging`)

// walkoutNouns are the strike's nouns after a verb of staging.
var walkoutNouns = toSet(`walkout walkouts strike strikes`)

// walkoutPreps open the phrase naming the strikers' employer ("drivers
// on the Harrow line", "porters at Selby Vale").
var walkoutPreps = toSet(`on at for with across in`)

// leadWalkout returns the strikers' noun in the lead's first sentence
// when it tells of a strike, and the strike verb, as word indexes.
func leadWalkout(lead []word) (int, int, bool) {
	n := min(len(lead), nominalWords)
	for i := range leadScan(lead, n, true) {
		l := strings.ToLower(lead[i].surface)
		v := i // the verb
		switch {
		case l == "strike":
			if _, ok := bareAux[strings.ToLower(lead[i-1].surface)]; !ok {
				continue
			}
			if i+1 < len(lead) && lead[i+1].joined {
				nx := strings.ToLower(lead[i+1].surface)
				if _, obj := walkoutObjects[nx]; obj || lead[i+1].lex&lexDet != 0 || lead[i+1].afterA {
					continue // "strike a deal", "strike out"
				}
			}
		case isWalkoutStage(l):
			k := i + 1
			for k < n && k <= i+4 && !isWalkoutNoun(lead[k]) {
				k++ // "stage a fresh 48-hour walkout"
			}
			if k >= n || k > i+4 || !isWalkoutNoun(lead[k]) {
				continue
			}
		default:
			continue
		}
		if s, ok := strikers(lead, v); ok {
			return s, v, true
		}
	}
	return 0, 0, false
}

// isWalkoutStage reports whether l is a verb of staging a strike.
func isWalkoutStage(l string) bool {
	_, ok := walkoutStage[l]
	return ok
}

// isWalkoutNoun reports whether w is a strike's noun.
func isWalkoutNoun(w word) bool {
	_, ok := walkoutNouns[strings.ToLower(w.surface)]
	return ok
}

// strikers returns the index of the noun that is the subject of the
// strike verb lead[v]: back past its auxiliaries and a phrase naming
// the employer ("drivers on the Harrow line").
func strikers(lead []word, v int) (int, bool) {
	j := v - 1
	for j >= 0 && lead[j+1].joined {
		if _, aux := walkoutAux[strings.ToLower(lead[j].surface)]; !aux {
			break
		}
		j--
	}
	if j < 0 || !lead[j+1].joined {
		return 0, false
	}
	if strikerNoun(lead[j]) {
		return j, true
	}
	// the employer's phrase: "on the Harrow line", "at Selby Vale"
	for k := j; k > 0 && k >= j-walkoutPhrase && lead[k].joined; k-- {
		if _, ok := walkoutPreps[strings.ToLower(lead[k].surface)]; ok {
			if strikerNoun(lead[k-1]) {
				return k - 1, true
			}
			return 0, false
		}
	}
	return 0, false
}

// walkoutPhrase is the most words of the employer's phrase.
const walkoutPhrase = 6

// strikerNoun reports whether w can name those who strike: a plural
// noun or "staff", "crew", in lower case or opening the sentence.
func strikerNoun(w word) bool {
	if w.upper && !w.promoted && w.name || w.stop || w.lex&(lexFigure|lexAdjective|lexAdverb) != 0 {
		return false
	}
	l := strings.ToLower(w.surface)
	return l == "staff" || l == "crew" || l == "crews" || strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")
}

// walkoutLabel returns the label of the walkout rule: the label's name
// (its first nameLen words) when the lead names it, the strikers
// lead[s] (with a lower-case noun before it: "signal workers") and
// "strike". The name must come before the verb lead[v], and not after a
// word that makes it a time ("over Christmas").
func walkoutLabel(label []string, nameLen int, lead []word, s, v int) []string {
	out := label[:0:0]
	if nameLen > 0 && nameLen <= 3 && employerIn(label[:nameLen], lead[:v]) {
		out = append(out, label[:nameLen]...)
	}
	if s == 0 {
		return append(out, strings.ToLower(lead[s].surface), "strike")
	}
	if m := lead[s-1]; lead[s].joined && !m.upper && !m.stop && m.lex&(lexFigure|lexAdjective|lexAdverb|lexPast) == 0 && len(out) < 3 {
		out = append(out, strings.ToLower(m.surface)) // "signal workers"
	}
	out = append(out, strings.ToLower(lead[s].surface))
	return append(out, "strike")
}

// walkoutTimes before a name make it a time, not the employer ("over
// Christmas", "before Easter").
var walkoutTimes = toSet(`over during before until after by from since`)

// employerIn reports whether the last word of name is a word of lead,
// not after a word that makes it a time.
func employerIn(name []string, lead []word) bool {
	last := name[len(name)-1]
	for i, w := range lead {
		if !strings.EqualFold(w.surface, last) {
			continue
		}
		k := i - (len(name) - 1) // the name's first word
		if k > 0 {
			if _, ok := walkoutTimes[strings.ToLower(lead[k-1].surface)]; ok {
				continue
			}
		}
		return true
	}
	return false
}
