package thread

import "strings"

// A market report tells a firm's sale by the passive: "Tenby Analytics
// jumped 24 per cent after it agreed to be bought by an American rival
// for £90million". The news is an agreed takeover, which a sub-editor
// writes by its noun: "Tenby Analytics takeover agreed"; with no noun of
// the event in the lead the labels took the firm's trade or its buyer's
// ("Tenby Analytics software", "Tenby rival firm").
// The bought rule finds "agreed to be" before "bought", "acquired",
// "taken over" or "sold", and labels the label's name, "takeover" and
// "agreed". (A lead that says "agreed a takeover" names the event
// itself, which the event-noun rules label.)

// boughtVerbs are the participles after "agreed to be" that tell a
// takeover.
var boughtVerbs = toSet(`bought acquired taken sold purchased`)

// leadBought reports whether lead, the thread's lead paragraph, tells of
// a firm that agreed to be bought.
func leadBought(lead []word) bool {
	n := min(len(lead), nominalWords)
	for i := range leadScan(lead, n, true) {
		l := strings.ToLower(lead[i].surface)
		if l != "agreed" && l != "agrees" && l != "agreeing" || i+3 >= n {
			continue
		}
		if !strings.EqualFold(lead[i+1].surface, "to") || !strings.EqualFold(lead[i+2].surface, "be") || !lead[i+3].joined {
			continue
		}
		if wordIn(boughtVerbs, lead[i+3]) {
			return true
		}
	}
	return false
}
