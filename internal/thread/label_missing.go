package thread

import "strings"

// A news item about a person who went missing tells the outcome by a
// passive "found" after a long subject that says they were missing: "A
// climber missing overnight on the ridge was found safe at dawn", "a
// boy who had been missing from his home since Monday has been found
// alive". A sub-editor writes "missing climber found". The
// missing-person rule is a case of the fate rule (label_fate.go): the
// verb "found" counts as a fate when "missing" comes between the lead's
// opening subject and the verb (right after the subject or in a
// relative clause about it), and the label puts "missing" before the
// subject. "Found" without "missing" ("was found guilty", "a report
// found that") is no fate.

// missingWord reports whether w is "missing".
func missingWord(w word) bool {
	return strings.EqualFold(w.surface, "missing")
}

// missingAt returns the index of "missing" among lead[from:to], in one
// sentence.
func missingAt(lead []word, from, to int) (int, bool) {
	for j := from; j < to && j < len(lead); j++ {
		if j > from && lead[j].opensSentence() {
			return 0, false
		}
		if missingWord(lead[j]) {
			return j, true
		}
	}
	return 0, false
}
