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
