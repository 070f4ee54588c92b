package thread

import "strings"

// An oil or gas explorer's shares crash when its well finds nothing:
// "Pennard Energy plunged 40 per cent after its exploration well off the
// Dorset coast came up dry". A sub-editor writes the firm and "dry
// well"; the labels took the well's place or the firm's trade ("Pennard
// Energy coast", "Pennard Energy exploration"). The dry-well rule finds
// the noun "well" in the lead (a list's item may put it after a colon:
// "Carrick Petroleum -24 per cent: Its well came up dry") and, within a few words
// after it, "dry" after "up", "proved" or a form of "be" ("came up dry",
// "proved dry", "was dry"), or "dry" right before "well" or "hole"; the
// label is the label's name and "dry well". "Well" the adverb ("traded
// well", "as well") has no determiner, possessive or noun before it and
// is no well. Over the development round-ups the rule changes 7 labels
// over 7 sets, all closer to the gold label; no BBC label changes.

// dryWellWords is how many words after "well" "dry" is looked for in.
const dryWellWords = 12

// dryLinks may stand right before "dry": "came up dry", "proved dry",
// "was dry".
var dryLinks = toSet(`up proved proves prove was were is been turned`)

// leadDryWell reports whether lead, the thread's lead paragraph, tells of
// a dry well.
func leadDryWell(lead []word) bool {
	n := min(len(lead), nominalWords)
	for i := 1; i < n; i++ {
		l := strings.ToLower(lead[i].surface)
		if l == "dry" && i+1 < n && lead[i+1].joined {
			if next := strings.ToLower(lead[i+1].surface); next == "well" || next == "hole" {
				return true // "a dry well"
			}
		}
		if l != "well" && l != "wells" || !lead[i].joined {
			continue
		}
		prev := lead[i-1]
		if !lead[i].afterA && (prev.stop && prev.lex&lexDet == 0 && !wordIn(newOwners, prev) || prev.lex&lexAdverb != 0) {
			continue // "as well", "traded well"
		}
		for k := i + 1; k < n && k <= i+dryWellWords; k++ {
			if lead[k].opensSentence() {
				break
			}
			if strings.EqualFold(lead[k].surface, "dry") && lead[k].joined && wordIn(dryLinks, lead[k-1]) {
				return true
			}
		}
	}
	return false
}
