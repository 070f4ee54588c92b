package thread

import "strings"

// A listed firm that raises money from investors sells new shares, and
// the shares move on it: "Lantern Bio fell 22 per cent after raising
// £6million in a placing at a steep discount", "Kestrel Gold rose after
// it raised £3.8million from investors to fund a second season of
// drilling". The news is the raise, which a sub-editor names by its noun
// after the firm's name: "Lantern Bio placing", "Kestrel Gold funding".
// The label took the purpose or the terms instead ("fund trial",
// "discount"). The fundraise rule finds a verb of raising whose object
// is a sum of money, told as the cause of a share move (the sentence
// gives a figure before "after", and "after" stands at most a subject's
// few words before the verb: "after raising", "after it raised"). The
// label is the label's name and the kind of raise the lead names in a
// phrase after the sum ("in a placing", "through a share placing"),
// else "funding". Money raised outside a share move is most often
// raised for someone else ("raised £2,000 for the hospice") and the
// rule keeps out.
//
// Over the development round-ups the rule changes 15 labels, 7 closer
// to the gold label ("Kestrel Pay placing" for "Kestrel Pay expansion")
// and 1 further, where the gold label keeps the discount ("Bramblecote
// discounted fundraise"); no BBC label changes.

// fundraiseVerbs are the verb forms of raising money.
var fundraiseVerbs = toSet(`raise raises raised raising`)

// fundraiseKinds are the nouns of a kind of raise that a lead may name
// after the sum.
var fundraiseKinds = toSet(`placing placement fundraise fundraising subscription`)

// fundraiseSkip are the words between a raise and its sum.
var fundraiseSkip = toSet(`about around almost nearly over some another more than`)

// fundraiseSubject is the most words between "after" and the raise.
const fundraiseSubject = 3

// fundraiseKindWords is how many words after the sum a kind of raise is
// looked for in.
const fundraiseKindWords = 5

// leadFundraise returns the word of the fundraise rule's label after the
// name, found in lead, the thread's lead paragraph.
func leadFundraise(lead []word) (string, bool) {
	n := min(len(lead), shiftWords)
	for i := range leadScan(lead, n, true) {
		if !wordIn(fundraiseVerbs, lead[i]) {
			continue
		}
		after := -1
		for j := i - 1; j >= 0 && j >= i-1-fundraiseSubject; j-- {
			if strings.EqualFold(lead[j].surface, "after") {
				after = j
				break
			}
			if !lead[j].joined && j < i-1 || lead[j].upper {
				break
			}
		}
		if after < 0 || !shareMoveBefore(lead, after) {
			continue
		}
		j := i + 1
		for j < n && wordIn(fundraiseSkip, lead[j]) {
			j++
		}
		if j >= n || lead[j].lex&lexFigure == 0 {
			continue // not a sum: "raised its dividend"
		}
		for k := j + 1; k < n && k <= j+fundraiseKindWords; k++ {
			if wordIn(fundraiseKinds, lead[k]) {
				return strings.ToLower(lead[k].surface), true
			}
			if !lead[k].joined {
				break
			}
		}
		return "funding", true
	}
	return "", false
}
