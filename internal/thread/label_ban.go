package thread

import (
	"strings"

	stemmer "github.com/storyline/storyline/internal/stem"
)

// A ban is told by its verb ("Harbury Town manager Declan Moss has
// banned mobile phones from the team bus", "has banned his players from
// using mobile phones on the coach") and headlined by its noun:
// "Harbury Town phone ban". The label took the banned thing and dropped
// the ban ("Harbury Town phones"). The ban rule, when the lead's
// subject bans (an active "has banned" or "bans", not "has been
// banned") and the label's last word names what is banned a few words
// after the verb, writes that word as a modifier, singular, and "ban"
// after it.

// banVerbs are the active forms of "ban" a ban rule reads.
var banVerbs = toSet(`banned bans`)

// banPassive make "banned" passive ("has been banned", "was banned"):
// the subject is the one banned.
var banPassive = toSet(`been be being was were is are`)

// banStop open a clause of time or cause after the ban, which names
// other things than the banned one ("banned reporters from the ground
// before the derby").
var banStop = toSet(`before after during until because since while when as following despite`)

// banObjectWords is how many words after the verb the banned thing is
// looked for in.
const banObjectWords = 8

// banLabel returns label with its last word made the modifier of "ban"
// when the lead's subject bans the thing it names, else label.
func banLabel(label []string, lead []word) []string {
	n := len(label)
	if n < 2 || n >= 5 || startsUpper(label[n-1]) {
		return label
	}
	for _, l := range label {
		if strings.HasPrefix(strings.ToLower(l), "ban") {
			return label
		}
	}
	last := strings.ToLower(label[n-1])
	st := stemmer.Of(last)
	for k, w := range lead {
		if !wordIn(banVerbs, w) || k > 0 && wordIn(banPassive, lead[k-1]) {
			continue
		}
		for j := k + 1; j < len(lead) && j <= k+banObjectWords && !lead[j].opensSentence() && !wordIn(banStop, lead[j]); j++ {
			if lead[j].stem != st {
				continue
			}
			out := append([]string(nil), label[:n-1]...)
			return append(out, singular(last), "ban") // singular: label_nominal.go
		}
		return label
	}
	return label
}
