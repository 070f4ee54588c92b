package thread

import (
	"strings"

	stemmer "github.com/storyline/storyline/internal/stem"
)

// eventNouns are nouns that name what happened — the kind of word a
// sub-editor puts in a headline ("takeover", "strike", "verdict") — as
// opposed to the things the story mentions on the way ("breed",
// "geography"). A label prefers them. A market report's explorer rises
// on its "drilling", a supplier on an "order", a telecom firm falls on an
// "outage" or a "breach", a miner reports its "output"; a police item
// tells of a "raid", a "theft" or a "fraud", a ministry opens a
// "consultation", a diary's subject sells a "memoir". (Not
// "production", whose stem is that of "products", nor "bookings", whose
// is that of "book".)
const eventNouns = `
results profit profits loss losses dividend dividends takeover merger deal bid
offer sale stake listing float flotation acquisition buyout bankruptcy
administration collapse redundancies layoffs cuts strike walkout ban fine
penalty lawsuit trial verdict sentence charges arrest investigation inquiry
probe review vote election referendum poll budget tax reform bill law
lockdown curfew restrictions quarantine outbreak vaccine injury transfer
contract appointment resignation sacking victory defeat win final title
award prize launch recall crash fire flood attack protest row dispute
scandal warning forecast downgrade upgrade pay salary bonus wedding divorce
engagement pregnancy birth death funeral tribute comeback debut tour
concert album documentary plan plans talks summit treaty agreement ruling
appeal case claim claims complaint boycott shortage crisis rescue bailout
recovery slump growth inflation rates jobs payout fees
drilling order orders outage breach raid theft
output approval fraud consultation memoir
`

// eventStems holds the stems of eventNouns (plain lower-case words, so
// that the stemmer alone gives what the tokenizer would); the lexicon
// marks a word whose stem is one of them with lexEvent.
var eventStems = func() map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(eventNouns) {
		set[stemmer.Of(w)] = true
	}
	return set
}()

// eventBoost is how much a label prefers a phrase whose head noun names
// an event.
const eventBoost = 1.5

// eventFactor is eventBoost for a phrase headed by an event noun, else 1.
func eventFactor(ws []word) float64 {
	if ws[len(ws)-1].lex&lexEvent != 0 {
		return eventBoost
	}
	return 1
}

// genericEvent reports whether w, a word too common to name a matter on
// its own merits (lexGeneric: "deal", "plan", "cuts", "case"), may name
// one all the same: a lower-case event noun, which headlines use for
// what happened (of the 1,779 BBC headlines, 25 say "deal", 30 "plan(s)",
// 22 "cut(s)"). "Price" is no event (a price rise is) and is not on the
// list.
func genericEvent(w word) bool {
	return !w.upper && w.lex&lexEvent != 0
}
