package thread

import "strings"

// An analyst's better view of a share moves it as a cut of its rating
// does the other way (the cut rule's "downgrade", label_cut.go): "rose 6
// per cent after analysts at Berenberg upgraded the miner to 'buy'",
// "after broker Pardoe & Wilks raised its rating from hold to buy". A
// firm that raises its own forecast upgrades its outlook: "soared after
// raising its annual forecasts". The City's noun for each is an upgrade,
// and a sub-editor writes it after the firm's name, with what was
// upgraded when that is the firm's own forecast, and with "broker" when
// it is an analyst's view of the shares: "Kestrel Mining broker
// upgrade", "Ironveil forecast upgrade". The upgrade rule finds, in the
// lead's first sentence and told as the lead's own (cutMain: right after
// the subject, or a share move's cause after "after"), the verb
// "upgrade" or "downgrade" with any object, or a verb of raising whose
// object holds a rating, a price target or a forecast; the label is the
// label's name and the noun. A lead with no name to put first ("inspectors
// downgraded the maternity unit") keeps its label.
//
// Over the development round-ups the rule changes 9 labels, 6 closer to
// the gold label ("Kestrel Mining upgrade" for "Kestrel Mining
// analysts") and 2 further, where the gold label names a forecast
// without its upgrade ("Marrick premium forecast"); no BBC label
// changes. Writing "broker" before an analyst's upgrade or downgrade
// (the cut rule's too) changes 10 more, 8 closer ("Tenby Leisure broker
// upgrade") and 2 further, where the gold label has no broker.

// gradeVerbs map the forms of the verbs that are their own noun.
var gradeVerbs = map[string]string{
	"upgrade": "upgrade", "upgrades": "upgrade", "upgraded": "upgrade", "upgrading": "upgrade",
	"downgrade": "downgrade", "downgrades": "downgrade", "downgraded": "downgrade", "downgrading": "downgrade",
}

// raiseVerbs are the verb forms of raising a measure.
var raiseVerbs = toSet(`raise raises raised raising lift lifts lifted lifting`)

// raiseViews are the objects of a raise that make it an upgrade: an
// analyst's rating or price target (the upgrade alone) and a firm's
// forecast (which the label names).
var raiseViews = map[string]bool{
	"rating": false, "ratings": false, "recommendation": false, "target": false, "targets": false,
	"forecast": true, "forecasts": true, "guidance": true, "outlook": true,
}

// leadUpgrade returns the words of the upgrade rule's label after the
// name, found in lead, the thread's lead paragraph.
func (lb *labeler) leadUpgrade(lead []word) ([]string, bool) {
	n := min(len(lead), shiftWords)
	for i := range leadScan(lead, n, true) {
		l := strings.ToLower(lead[i].surface)
		if cutRelative(lead, i) || !cutMain(lead, i, n) {
			continue
		}
		if g, ok := gradeVerbs[l]; ok {
			if i > 0 && lead[i-1].lex&lexDet != 0 || lead[i].afterA {
				continue // a noun: "a downgrade from Halsey Brothers"
			}
			if ownView(lead, i+1, n) {
				return []string{g}, true // "downgraded its profit forecast"
			}
			return []string{"broker", g}, true
		}
		if _, ok := raiseVerbs[l]; !ok {
			continue
		}
		h, ok := lb.cutObject(lead, i+1, n)
		if !ok {
			continue
		}
		// the object's words up to its head: "its profit forecast",
		// "its target price"
		for j := i + 1; j <= h; j++ {
			if named, ok := raiseViews[strings.ToLower(lead[j].surface)]; ok {
				if !named {
					return []string{"broker", "upgrade"}, true
				}
				// the forecast and the nouns that say of what:
				// "premium forecast upgrade"
				m := j
				for m > i+1 && j-m < 1 && lead[m].joined && lb.shiftModifier(lead[m-1]) && lead[m-1].lex&lexDet == 0 {
					m--
				}
				out := make([]string, 0, j-m+2)
				for k := m; k < j; k++ {
					out = append(out, strings.ToLower(lead[k].surface))
				}
				return append(out, singular(strings.ToLower(lead[j].surface)), "upgrade"), true
			}
		}
	}
	return nil, false
}

// ownView reports whether the words of lead from i to the end of its
// sentence (n at most) name a firm's own forecast (raiseViews), which an
// upgrade or a downgrade of it is the firm's, not a broker's.
func ownView(lead []word, i, n int) bool {
	for j := i; j < n && !lead[j].opensSentence(); j++ {
		if named, ok := raiseViews[strings.ToLower(lead[j].surface)]; ok && named {
			return true
		}
	}
	return false
}
