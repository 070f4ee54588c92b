package thread

import "strings"

// reactionVerbs report a response to something already told: "Priya
// Marsh, the Chancellor, welcomed the decision".
var reactionVerbs = toSet(`welcomed welcomes welcome criticised criticized criticises criticizes
condemned condemns praised praises hailed hails attacked attacks defended defends backed backs
opposed opposes questioned questions rejected rejects dismissed dismisses applauded applauds
slammed slams greeted greets lamented laments`)

// reactedNouns name, after "the", "this" or "that", an event, decision or
// figure the paragraphs before reported.
var reactedNouns = toSet(`decision decisions move moves cut cuts ruling rulings announcement news plan plans
verdict deal changes change proposal proposals report figures result results rise increase fall
measures reforms settlement sentence findings vote bid offer takeover merger ban`)

// reactsTo reports whether u opens with a sentence that reacts to a
// matter already told: within its first 24 words, a reaction verb
// followed by "the", "this" or "that" (or one word more: "the latest")
// and an event noun ("Unions condemned the move", "Ms Quinlan
// criticised this decision"). Such a paragraph goes on with the matter
// before it however few words it shares with it, as a quotation does.
func reactsTo(u string) bool {
	s := firstSentence(strings.TrimSpace(u))
	var words [24]string
	k := 0
	for f := range strings.FieldsSeq(s) {
		words[k] = strings.ToLower(strings.Trim(f, `,.;:!?"'‘’“”()`))
		if k++; k == len(words) {
			break
		}
	}
	for i := 0; i+2 < k; i++ {
		if _, ok := reactionVerbs[words[i]]; !ok {
			continue
		}
		switch words[i+1] {
		case "the", "this", "that":
		default:
			continue
		}
		for j := i + 2; j < min(i+4, k); j++ {
			if _, ok := reactedNouns[words[j]]; ok {
				return true
			}
		}
	}
	return false
}
