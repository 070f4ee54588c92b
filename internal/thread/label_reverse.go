package thread

import (
	"strings"

	stemmer "github.com/storyline/storyline/internal/stem"
)

// A label can name a thing the news undoes: a ban, a strike, a wedding.
// "Tollmere Water has lifted the hosepipe ban it imposed in July",
// "Train drivers have called off next week's walkout", "The hosepipe ban
// covering 300,000 homes has been lifted". The label took the thing
// ("Tollmere Water hosepipe ban", "rail strike"), which reads as if it
// had begun; a sub-editor adds the undoing: "hosepipe ban lifted", "rail
// strike called off". The reversal rule, when the lead's first sentence
// has a verb of undoing (lifted, called off, scrapped, cancelled,
// postponed, axed) with the label's last word a few words after it (the
// object: "called off their wedding") or before it with "be" (the
// passive's subject: "the ban … has been lifted"), adds the participle
// to the label, keeping its last words when the whole would run past
// five. A strike is one thing by any of its names ("walkout"); only a
// restriction is lifted ("the log boat was lifted from the river"
// undoes nothing), and a passive in a clause of time is background
// ("two years after charges were scrapped").

// reverseVerbs are the participles of undoing, as the label writes them
// ("called" only with "off"); a bare verb is a plan ("moves to lift the
// ban").
var reverseVerbs = map[string]string{
	"lifted": "lifted", "called": "called off", "scrapped": "scrapped",
	"cancelled": "cancelled", "canceled": "cancelled", "postponed": "postponed", "axed": "axed",
}

// undonePrefixes open the words of a label that tells an undoing
// already.
var undonePrefixes = []string{"lift", "cancel", "scrap", "axe", "postpon", "off"}

// reverseNotYet before the verb's auxiliary, or before the verb, make
// the undoing one to come or none: "set to be scrapped", "could be
// lifted", "has not been cancelled".
var reverseNotYet = toSet(`to could may might will would should not never`)

// reverseWords looks reverseVerbs up.
var reverseWords = newLowerWords(reverseVerbs)

// liftables are what is lifted when it is undone: a ban or another
// restriction ("the log boat was lifted from the river" undoes nothing).
var liftables = toSet(`ban bans restriction restrictions curb curbs lockdown embargo sanctions limit limits cap suspension order warning`)

// liftableLabel reports whether the label's last word l is a
// restriction that can be lifted.
func liftableLabel(l string) bool {
	_, ok := liftables[l]
	return ok
}

// strikeNames are the names of one strike.
var strikeNames = toSet(`strike strikes walkout walkouts`)

// reverseSpan is the most words between the verb and the thing.
const reverseSpan = 12

// reverseLabel returns label with the lead's undoing of its last word
// added, else label.
func reverseLabel(label []string, lead []word) []string {
	n := len(label)
	if n == 0 || startsUpper(label[n-1]) {
		return label
	}
	last := strings.ToLower(label[n-1])
	for _, l := range label {
		l = strings.ToLower(l)
		for _, p := range undonePrefixes {
			if strings.HasPrefix(l, p) {
				return label // undone already: "Larkspur Air cancels flight"
			}
		}
	}
	st := stemmer.Of(last)
	_, strike := strikeNames[last]
	same := func(w word) bool {
		return !w.upper && (w.stem == st || strike && wordIn(strikeNames, w))
	}
	end := min(len(lead), nominalWords)
	for i := 1; i < end; i++ {
		if lead[i].opensSentence() {
			end = i
			break
		}
	}
	for v := 0; v < end; v++ {
		part, ok := reverseWords.get(lead[v].surface)
		if !ok || lead[v].upper {
			continue
		}
		at := v
		if part == "called off" {
			if v+1 >= end || !strings.EqualFold(lead[v+1].surface, "off") {
				continue
			}
			at = v + 1
		}
		if part == "lifted" && !liftableLabel(last) {
			continue
		}
		if v > 0 && wordIn(reverseNotYet, lead[v-1]) || v > 1 && wordIn(banPassive, lead[v-1]) && wordIn(reverseNotYet, lead[v-2]) {
			continue
		}
		found := false
		if v > 0 && wordIn(banPassive, lead[v-1]) {
			for j := v - 2; j >= 0 && j >= v-reverseSpan; j-- { // the passive's subject
				if wordIn(banStop, lead[j]) {
					break // "two years after charges were scrapped": a time, not the news
				}
				if same(lead[j]) {
					found = j == 0 || !wordIn(banStop, lead[j-1])
					break
				}
			}
		} else {
			for j := at + 1; j < end && j <= at+reverseSpan/2; j++ { // the object
				if same(lead[j]) {
					found = true
					break
				}
			}
		}
		if !found {
			continue
		}
		words := strings.Fields(part)
		out := append([]string(nil), label...)
		if len(out)+len(words) > 5 {
			out = out[len(out)+len(words)-5:]
		}
		return append(out, words...)
	}
	return label
}
