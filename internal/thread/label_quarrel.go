package thread

import "strings"

// A quarrel can be the news itself: "A row has broken out at stockbroker
// Lumley Hart over a £4,200 lunch bill", "where a row over a £9,000
// coffee machine has reached the partners", "The feud that has run
// through all four series…". A sub-editor names it: "broker lunch bill
// row". The label took what the quarrel is over and dropped the
// quarrel. The quarrel rule adds the quarrel's noun at the end of the
// label when the lead tells the quarrel as its own matter: the noun
// breaks out, bursts or erupts, or is one over something or between
// parties. A quarrel that is only the cause of something else ("walk
// out in a row over pay", "delayed amid a dispute", "after a 15-year row
// over a hedge", "reignited the row") leaves the label alone.

// quarrelNouns name a quarrel.
var quarrelNouns = toSet(`row feud dispute spat wrangle squabble`)

// quarrelNext follow a quarrel told as its own matter.
var quarrelNext = toSet(`broken broke burst erupted erupts over between that`)

// quarrelCause are the words that make a quarrel the cause or setting of
// something else when they stand shortly before it.
var quarrelCause = toSet(`after amid following in into of about reignited reignites with`)

// quarrelBack is how many words before the quarrel's noun quarrelCause
// words are looked for.
const quarrelBack = 4

// quarrelLabelWords is the most words a label with the quarrel runs to.
const quarrelLabelWords = 5

// quarrelLabel returns label with the lead's quarrel noun at its end
// when the lead tells a quarrel as its own matter, else label.
func quarrelLabel(label []string, lead []word) []string {
	if len(label) == 0 || len(label) >= quarrelLabelWords {
		return label
	}
	for k, w := range lead {
		if w.upper || !wordIn(quarrelNouns, w) || !quarrelTold(lead, k) {
			continue
		}
		noun := strings.ToLower(w.surface)
		for _, l := range label {
			if _, ok := quarrelNouns[l]; ok {
				return label // the label has a quarrel already (not a name's "Row")
			}
		}
		return append(label, noun)
	}
	return label
}

// quarrelTold reports whether the quarrel noun lead[k] is told as its
// own matter: a word of quarrelNext follows it (after an auxiliary) and
// no word of quarrelCause stands shortly before it in its sentence.
func quarrelTold(lead []word, k int) bool {
	j := k + 1
	if j < len(lead) && lead[j].joined && lead[j].stop && !wordIn(quarrelNext, lead[j]) {
		j++ // "has broken out"
	}
	if j >= len(lead) || !lead[j].joined || !wordIn(quarrelNext, lead[j]) {
		return false
	}
	for i := k - 1; i >= 0 && i >= k-quarrelBack; i-- {
		if wordIn(quarrelCause, lead[i]) {
			return false
		}
		if !lead[i+1].joined && !lead[i+1].afterA || lead[i].opensSentence() {
			break // the sentence or clause opens here
		}
	}
	return true
}
