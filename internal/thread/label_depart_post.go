package thread

import "strings"

// Some verbs tell a departure only with the post beside them: "its chief
// executive walked out" (a walk-out is as often a strike), "lost its
// chief executive" ("lost £3million" is no departure), "has left as
// chief executive" ("left the building" is none). The departure rule
// takes these too when the post stands right there: before "walk out"
// as its subject, after "lose" as its object, after "leave as". A noun
// of leaving may take an adjective after its determiner: "the sudden
// departure of its chief executive".

// postDepartVerbs map the verbs of leaving that need their post beside
// them to the label's verb.
var postDepartVerbs = map[string]string{
	"walk": "quits", "walks": "quits", "walked": "quits", "walking": "quits",
	"lose": "quits", "loses": "quits", "lost": "quits", "losing": "quits",
	"leave": "departs", "leaves": "departs", "left": "departs", "leaving": "departs",
}

// postDepartSubject is the most words from a post to "walk out" after
// it ("its chief executive was walking out").
const postDepartSubject = 4

// postDepartAt reports whether lead[i] opens a departure that names its
// post beside it, and which.
func postDepartAt(lead []word, i int) (departure, bool) {
	l := strings.ToLower(lead[i].surface)
	verb, ok := postDepartVerbs[l]
	if !ok || i+1 >= len(lead) || !lead[i+1].joined {
		return departure{}, false
	}
	d := departure{at: i, end: i, verb: verb}
	next := strings.ToLower(lead[i+1].surface)
	switch {
	case strings.HasPrefix(l, "walk"):
		if next != "out" {
			return departure{}, false
		}
		for j := i - 1; j >= 0 && j >= i-postDepartSubject && lead[j+1].joined; j-- {
			if _, ok := postAt(lead, j); ok {
				d.end = i + 1
				return d, true
			}
		}
	case strings.HasPrefix(l, "lo"):
		// "lost its chief executive"
		if lead[i+1].lex&lexDet != 0 && i+2 < len(lead) && lead[i+2].joined {
			if _, ok := postAt(lead, i+2); ok {
				d.lost = true
				return d, true
			}
		}
	default:
		// "has left as chief executive of"
		k := i + 2
		if next == "as" && k < len(lead) && lead[k].joined {
			if lead[k].lex&lexDet != 0 && k+1 < len(lead) && lead[k+1].joined {
				k++
			}
			if _, ok := postAt(lead, k); ok {
				return d, true
			}
		}
	}
	return departure{}, false
}

// departModified reports whether the noun of leaving lead[i] follows a
// determiner and one adjective: "the sudden departure", "her shock
// resignation".
func departModified(lead []word, i int) bool {
	if i < 2 || !lead[i].joined || lead[i-1].upper || lead[i-1].stop {
		return false
	}
	return lead[i-1].joined && (lead[i-2].lex&lexDet != 0 || lead[i-1].afterA)
}
