package thread

import "strings"

// Health news counts waits: "Patients at the Tolbury Infirmary waited up
// to 50 hours for a bed in A&E last month", "patients were left waiting
// on trolleys in its emergency department", "the number of people
// waiting for routine hospital treatment has risen again". The label
// took the hospital and a word of the setting ("Tolbury Infirmary
// department", "hospital treatment"); a sub-editor names the waits:
// "A&E waits", "hospital waiting list rise". The waits rule finds, in
// the lead's first sentence, a wait (a form of "wait") in an emergency
// department ("A&E", "emergency department"), or one for hospital
// treatment, and labels it: a short name the label opens with (the
// trust or the area, two words at most) and "A&E waits", or "hospital
// waiting list" and the way it moved ("rise", "fall") when the sentence
// tells one.

// waitForms are the forms of "wait".
var waitForms = toSet(`wait waits waited waiting`)

// waitFindings, before a wait, make it what an inspection found, a
// detail of the story the lead tells.
var waitFindings = toSet(`found finds discovered uncovered`)

// waiters are the ones whose waits are news.
var waiters = toSet(`patients patient people woman man women men`)

// waitMoves map a list's moves to the label's noun.
var waitMoves = map[string]string{
	"rose": "rise", "risen": "rise", "rising": "rise", "rises": "rise", "grew": "rise", "grown": "rise",
	"fell": "fall", "fallen": "fall", "falling": "fall", "falls": "fall", "dropped": "fall",
}

// waitMoveWords looks waitMoves up.
var waitMoveWords = newLowerWords(waitMoves)

// leadWaits returns the label words of the waits rule for lead after
// the label's name words name (nil: none), or nil; ae tells that the
// thread's opening speaks of "A&E", a word the tokens leave out.
func leadWaits(lead []word, name []string, ae bool) []string {
	n := min(len(lead), nominalWords)
	end := n
	for i := 1; i < n; i++ {
		if lead[i].opensSentence() {
			end = i
			break
		}
	}
	wait, emergency, treatment := false, ae, false
	patients := false // who waits: patients, not ambulances
	move := ""
	for i := 0; i < end; i++ {
		l := strings.ToLower(lead[i].surface)
		switch {
		case wordIn(waitForms, lead[i]):
			wait = wait || patients || i == 0 // "Waits in A&E …"
			// "waiting for routine hospital treatment"
			for j := i + 1; j < min(end, i+5); j++ {
				if strings.EqualFold(lead[j].surface, "treatment") && strings.EqualFold(lead[j-1].surface, "hospital") {
					treatment = true
				}
			}
		case l == "emergency" && i+1 < end && strings.HasPrefix(strings.ToLower(lead[i+1].surface), "department"):
			emergency = true
		case wordIn(waiters, lead[i]):
			patients = true
		case wordIn(waitFindings, lead[i]) && !wait && !treatment:
			return nil // "placed in special measures after inspectors found patients waiting": a finding of a larger story
		}
		if m, ok := waitMoveWords.get(lead[i].surface); ok && move == "" {
			move = m
		}
	}
	switch {
	case treatment:
		out := []string{"hospital", "waiting", "list"}
		if move != "" {
			out = append(out, move)
		}
		return out
	case wait && emergency:
		out := []string{}
		if len(name) > 0 && len(name) <= 2 {
			out = append(out, name...)
		}
		return append(out, "A&E", "waits")
	}
	return nil
}
