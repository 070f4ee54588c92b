package thread

import "strings"

// A drug developer's shares move on a trial's outcome: "Penhallow Bio
// jumped 28 per cent after its treatment met its main goal in a
// mid-stage trial", "Trevose Pharma slumped after its pill failed to
// beat a placebo in a late-stage trial", "Kenwyn Therapeutics tumbled
// after it halted a late-stage trial". A sub-editor writes the firm, the
// trial and how it went: "Penhallow Bio trial success", "Trevose Pharma
// trial failure", "Kenwyn Therapeutics trial halt"; the labels stopped at
// "trial" or took the drug's words. The trial rule finds the noun
// "trial" in the lead's first sentence and, within a few words of it,
// its outcome: "met" before a goal, target or endpoint is a success; a
// failure or a miss ("failed to beat", "failed a trial", "missed its
// main target") a failure; a halt, a pause or a suspension a halt. The
// label is the label's name, "trial" and the outcome.

// trialWords is how many words either side of "trial" the outcome is
// looked for in.
const trialWords = 14

// trialGoals are the nouns of a trial's goal that "met" takes.
var trialGoals = toSet(`goal goals target targets endpoint endpoints aim aims`)

// trialOutcomes map the verbs of a trial's outcome to the label's noun
// ("met" needs a goal after it: trialGoals).
var trialOutcomes = map[string]string{
	"met": "success", "meets": "success",
	"failed": "failure", "fails": "failure", "missed": "failure", "misses": "failure",
	"halted": "halt", "halts": "halt", "paused": "halt", "pauses": "halt", "suspended": "halt", "suspends": "halt",
}

// leadTrial returns the outcome of a trial told in lead, the thread's
// lead paragraph, and whether the lead tells one.
func leadTrial(lead []word) (string, bool) {
	n := min(len(lead), nominalWords)
	for i := range leadScan(lead, n, false) {
		if l := strings.ToLower(lead[i].surface); l != "trial" && l != "trials" {
			continue
		}
		if !trialCause(lead, i) {
			return "", false
		}
		for k := max(1, i-trialWords); k < n && k <= i+trialWords; k++ {
			w := lead[k]
			if w.upper || k > i && w.opensSentence() {
				continue
			}
			out, ok := trialOutcomes[strings.ToLower(w.surface)]
			if !ok {
				continue
			}
			if out == "success" && !trialGoal(lead, k, n) {
				continue
			}
			return out, true
		}
		return "", false
	}
	return "", false
}

// trialGoal reports whether a goal (trialGoals) follows "met" at
// lead[k] within a few words: "met its main goal".
func trialGoal(lead []word, k, n int) bool {
	for j := k + 1; j < n && j <= k+4 && lead[j].joined; j++ {
		if wordIn(trialGoals, lead[j]) {
			return true
		}
	}
	return false
}

// trialCauseWords is the most words from "after" to the trial.
const trialCauseWords = 16

// trialCause reports whether the trial at lead[i] is told as the cause
// of the lead's news, after "after" ("slumped after its drug failed a
// trial"), not as a concession ("despite a trial being halted") or an
// aside.
func trialCause(lead []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-trialCauseWords; k-- {
		switch strings.ToLower(lead[k].surface) {
		case "after":
			return true
		case "despite", "although", "though", "while":
			return false
		}
	}
	return false
}
