package thread

import "math"

// A thread's first paragraph leads with what happened and to whom: its
// first name is most often the main actor ("Cineworld fell after Morgan
// Stanley cut its target"), while names met later are incidental (the
// broker quoted, a customer listed, an analyst). The lead-name rule lets
// that first name take the label when it is nearly as distinctive as
// the best name.

// Lead-name rule constants.
const (
	// leadNameShare is the least share of the best name's score at
	// which the lead's first name takes its place.
	leadNameShare = 0.7
	// leadNameBoost multiplies the score of such a lead name: enough to
	// put it first (1/leadNameShare and more).
	leadNameBoost = 2
)

// leadNames raises the score of the first name of the thread's first
// paragraph when it scores at least leadNameShare of the best name.
func leadNames(names []*cand) {
	var lead, best *cand
	for _, c := range names {
		if best == nil || byScore(c, best) < 0 {
			best = c
		}
		if c.pos >= 0 && (lead == nil || c.pos < lead.pos) {
			lead = c
		}
	}
	if lead != nil && lead.score >= leadNameShare*best.score {
		lead.score *= leadNameBoost
	}
}

// Lead-event rule constants: a noun that names an event ("takeover",
// "fine", "results") in the thread's lead sentence says what happened,
// more than the same noun further on.
const (
	// leadWords is how many words of the first paragraph count as its
	// lead sentence.
	leadWords = 20
	// leadEventBoost multiplies the score of a term headed by an event
	// noun and first used in the lead sentence.
	leadEventBoost = 1.5
)

// leadEvents raises the scores of the terms headed by an event noun
// that the lead sentence uses.
func leadEvents(terms []*cand) {
	for _, c := range terms {
		if c.pos >= 0 && c.pos < leadWords && eventFactor(c.words) > 1 {
			c.score *= leadEventBoost
		}
	}
}

// A lead paragraph says what happened first and adds detail as it goes:
// over the development round-ups, a topic word among the first fifteen
// words of the lead is one of the gold label's words two to three times as often
// as one past the twentieth. The lead-fade rule lets the lead paragraph's
// double weight of a term fade along it, to the weight of a later
// paragraph's words by its 58th word.

// leadFadeRate is how fast the lead's weight fades per word.
const leadFadeRate = 0.012

// leadFade scales the score of a term first used at word pos of the lead
// paragraph (-1: after it): 1 at its first word, falling to 1/2 (the
// lead's double weight undone) and no lower.
func leadFade(pos int) float64 {
	if pos < 0 {
		return 1
	}
	return max(0.5, math.Exp(-leadFadeRate*float64(pos)))
}
