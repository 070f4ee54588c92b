package thread

import (
	"strings"

	stemmer "github.com/storyline/storyline/internal/stem"
)

// A record is news in itself: "Tollgate record passengers", "record
// order book", "gold price record". The lead says it as a modifier
// ("carried a record 6.8million passengers", "reported record
// quarterly sales", "revealing a record order book") or as what the
// thing reached ("shop theft had reached a record level", "the price of
// copper struck a record"). The label took the thing and dropped the
// record, an adjective to the topic scorer. The record rule puts
// "record" in front of the label's topic words when the lead writes it
// right before them (a figure or one modifier between) or has them hit
// a record right after them.

// recordVerbs tell a thing reaching a record ("hit a record", "set a
// new record").
var recordVerbs = toSet(`hit hits hitting reached reach reaches reaching struck strike strikes touched touches set sets`)

// recordFresh may stand between a verb of recordVerbs and "record".
var recordFresh = toSet(`new fresh all-time`)

// recordLabelWords is the most words a label with "record" runs to.
const recordLabelWords = 5

// recordLabel returns label with "record" in front of its topic words
// when the lead says the thing they name is a record; else label.
func recordLabel(label []string, lead []word) []string {
	if len(label) >= recordLabelWords {
		return label
	}
	for _, l := range label {
		if strings.EqualFold(l, "record") || strings.EqualFold(l, "records") {
			return label
		}
	}
	for j, l := range label {
		if startsUpper(l) {
			continue
		}
		if j > 0 && !startsUpper(label[j-1]) {
			continue // inside the topic words: "order book"
		}
		st := stemmer.Of(strings.ToLower(l))
		// the topic's last word, for a record hit after it
		last := stemmer.Of(strings.ToLower(label[len(label)-1]))
		for k := range lead {
			if lead[k].stem == st && recordBefore(lead, k) || lead[k].stem == last && recordAfter(lead, k) {
				out := make([]string, 0, len(label)+1)
				out = append(append(append(out, label[:j]...), "record"), label[j:]...)
				return out
			}
		}
		return label
	}
	return label
}

// recordBefore reports whether "record" stands right before lead[k],
// or with one word between ("record quarterly sales", "a record
// 6.8million passengers").
func recordBefore(lead []word, k int) bool {
	for d := 1; d <= 2 && k-d >= 0; d++ {
		if w := lead[k-d+1]; !w.joined && !figure(w) {
			return false // a figure's point or sign parts it from the word before: "a record 6.8million"
		}
		w := lead[k-d]
		if strings.EqualFold(w.surface, "record") && !w.upper {
			return true
		}
		if w.stop || w.name || w.upper {
			return false
		}
	}
	return false
}

// recordAfter reports whether lead[k] is followed by a verb of
// recordVerbs, with at most two auxiliaries between, and "record"
// ("shop theft had reached a record level").
func recordAfter(lead []word, k int) bool {
	for i := k + 1; i < len(lead) && i <= k+3; i++ {
		if lead[i].opensSentence() {
			return false
		}
		if !wordIn(recordVerbs, lead[i]) {
			if lead[i].stop {
				continue // an auxiliary: "had reached"
			}
			return false // the noun phrase runs on: "stock markets reached"
		}
		j := i + 1
		if j < len(lead) && wordIn(recordFresh, lead[j]) {
			j++
		}
		return j < len(lead) && strings.EqualFold(lead[j].surface, "record")
	}
	return false
}

// figure reports whether w opens with a digit ("6.8million" gives the
// token "8million").
func figure(w word) bool {
	return w.surface != "" && w.surface[0] >= '0' && w.surface[0] <= '9'
}
