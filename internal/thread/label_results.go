package thread

import "strings"

// A company's half-year figures are its results, whichever figure the
// lead gives first: "Pellow Foods rose after first-half profits beat
// forecasts", "… despite posting a 9 per cent rise in half-year sales",
// "… after half-year losses narrowed" are "Pellow Foods half-year
// results" to a sub-editor. The results rule finds a half-year period
// ("half-year", "first-half", "interim") right before a figure of
// results ("profits", "sales", "losses", "revenue", "earnings",
// "results") in the lead's first sentence and labels the name, the
// period and "results", or "loss" for a loss, which headlines name as
// such ("Pellow Foods interim loss"); "first-half" is written
// "half-year", as headlines do. A full year's figures are left alone: they come most
// often in a warning ("annual profits would miss forecasts").

// resultPeriods map the half-year periods to the label's word.
var resultPeriods = map[string]string{
	"half-year": "half-year", "first-half": "half-year", "interim": "interim",
}

// resultWords looks resultPeriods up.
var resultWords = newLowerWords(resultPeriods)

// resultNouns are the figures of a company's results.
var resultNouns = toSet(`profit profits sales loss losses revenue revenues earnings results turnover`)

// leadResults returns the label words of the results rule in lead: the
// half-year period's and "results" (or "loss" for a loss, which a
// headline names: "interim loss"), or nil.
func leadResults(lead []word) []string {
	n := min(len(lead), nominalWords)
	for i := 0; i+1 < n; i++ {
		if w := lead[i]; i > 0 && w.opensSentence() {
			break // the lead's first sentence ends
		}
		p, ok := resultWords.get(lead[i].surface)
		if !ok {
			continue
		}
		j := i + 1
		if l := strings.ToLower(lead[j].surface); (l == "pre-tax" || l == "underlying") && j+1 < len(lead) {
			j++
		}
		l := strings.ToLower(lead[j].surface)
		if _, ok := resultNouns[l]; !ok || !lead[j].joined {
			continue
		}
		if l == "loss" || l == "losses" {
			return []string{p, "loss"}
		}
		return []string{p, "results"}
	}
	return nil
}

// An explorer's news is often what its drilling turned up: "Tarnley
// Gold climbed after drilling at its Welsh project returned the best
// grades in its history" is "Tarnley Gold drilling results" to a
// sub-editor, the work and its results; when the find is named as a
// commodity ("drilling at its licence hit a thick seam of copper"),
// the headline names it: "Tarnley Gold copper find" ("lithium-bearing
// rock" names lithium). The findings rule
// finds such a work noun in the lead's first sentence as the subject of
// a verb of finding, a few words on past a phrase of place ("at its
// project in Ghana"), and labels the name, then the work and "results",
// or the commodity and "find" when one stands in what was found.

// findingWorks are the nouns of an explorer's work whose outcome is
// news.
var findingWorks = toSet(`drilling sampling trenching`)

// findingVerbs tell what a work turned up.
var findingVerbs = toSet(`returned found hit turned intersected struck showed revealed produced confirmed`)

// commodities are what an explorer finds.
var commodities = toSet(`gold silver copper lithium tin zinc nickel cobalt iron uranium platinum palladium graphite tungsten manganese vanadium potash oil gas helium diamonds`)

// Findings rule constants.
const (
	// findingWords is the most words from the work noun to its verb.
	findingWords = 10
	// foundWords is the most words after the verb the rule looks for a
	// commodity in.
	foundWords = 8
)

// leadFindings returns the label words of the findings rule in lead: the
// work's and "results", or the commodity's and "find"; or nil. A
// commodity the label's name holds (name: "Tarnley Lithium") is no
// find's: the firm always hunts it.
func leadFindings(lead []word, name []string) []string {
	n := min(len(lead), nominalWords)
	for i := 0; i+1 < n; i++ {
		if w := lead[i]; i > 0 && w.opensSentence() {
			break // the lead's first sentence ends
		}
		if lead[i].upper || !wordIn(findingWorks, lead[i]) {
			continue
		}
		for j := i + 1; j < min(n, i+1+findingWords) && !lead[j].opensSentence(); j++ {
			if !wordIn(findingVerbs, lead[j]) {
				continue
			}
			found := ""
			for k := j + 1; k < min(len(lead), j+1+foundWords) && lead[k].joined; k++ {
				l := strings.ToLower(lead[k].surface)
				if l == "results" || l == "result" {
					found = "" // "returned its best copper results": results still
					break
				}
				if c, _, ok := strings.Cut(l, "-"); ok && strings.HasSuffix(l, "-bearing") {
					l = c // "lithium-bearing rock"
				}
				if _, ok := commodities[l]; ok && found == "" && !lead[k].upper && !inName(name, l) {
					found = l
				}
			}
			if found != "" {
				return []string{found, "find"}
			}
			return []string{strings.ToLower(lead[i].surface), "results"}
		}
	}
	return nil
}

// inName reports whether the name words hold l in any case.
func inName(name []string, l string) bool {
	for _, s := range name {
		if strings.EqualFold(s, l) {
			return true
		}
	}
	return false
}
