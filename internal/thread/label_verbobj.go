package thread

import "strings"

// The verb rule (label_verb.go) takes a news verb's object from the
// thread's topic words, and leaves the label alone when the best of them
// is not what the verb governs: "Chef Ada Kell has closed her harbourside
// restaurant" names the matter by subject, verb and the lead's own
// object ("Ada Kell closes harbourside restaurant"), however weak
// "restaurant" is as a topic word across the thread. The verb-object
// rule reads the object from the lead: the noun phrase right after the
// verb, past determiners and possessives (winObject, label_win.go), for
// the verbs that govern a thing or a post. It leaves verbs of leaving and
// winning to the departure and win rules, and a verb with no noun phrase
// after it ("has sold up", "opened in 1998": a particle or preposition
// ends it empty) alone; so too an idiom
// ("closed its doors", "raised a glass", "raised an eyebrow": "raises"
// before an article governs no news), and a ban on people whose object
// is what they may not do ("banned pupils from bringing phones"), and a
// purchase or sale of a named thing, which the trade rule (label_trade.go)
// also leaves alone ("bought the Tumbling Otter").

// objectVerbs are the news verbs (their -s form) whose object the
// verb-object rule reads from the lead.
var objectVerbs = toSet(`buys sells signs sues opens closes bans axes scraps launches hires rejects sacks replaces cancels delays raises unveils reopens suspends`)

// objectModifiers modify a noun and never head a phrase: an object
// ending in one was cut off before its noun (by a quotation mark).
var objectModifiers = toSet(`latest newest first second third last biggest largest new own`)

// verbObject returns the news verb after the name c in lead, its index
// and the words of its object as the lead writes it.
func verbObject(c *cand, lead []word) (verb string, at int, obj []string, ok bool) {
	verb, at = leadVerb(c, lead)
	obj, ok = objectOf(lead, verb, at)
	return verb, at, obj, ok
}

// objectOf returns the words of the object of the news verb verb (its
// -s form) at lead[at] as the lead writes it, for the verbs of
// objectVerbs.
func objectOf(lead []word, verb string, at int) (obj []string, ok bool) {
	if _, gov := objectVerbs[verb]; !gov || at+1 >= len(lead) || !lead[at+1].joined {
		return nil, false
	}
	if verb == "raises" && lead[at+1].afterA {
		return nil, false // "raised a glass"
	}
	end := min(len(lead), at+2+objectWindow)
	obj, _, ok = winObject(lead, at+1, end)
	if !ok || len(obj) == 0 || len(obj) > 3 {
		return nil, false
	}
	last := strings.ToLower(obj[len(obj)-1])
	if (verb == "buys" || verb == "sells") && last != obj[len(obj)-1] {
		return nil, false // a named object adds nothing: "bought the Tumbling Otter" (as the trade rule, label_trade.go)
	}
	if _, door := doorObjects[last]; door {
		return nil, false // "closed its doors"
	}
	if _, mod := objectModifiers[last]; mod {
		return nil, false // the noun is cut off: "launched its latest 'pocket' phone"
	}
	if verb == "bans" {
		// the word after the object: "banned pupils from …"
		for k := at + 1; k+1 < len(lead) && k < end; k++ {
			if strings.EqualFold(lead[k].surface, obj[len(obj)-1]) {
				if strings.EqualFold(lead[k+1].surface, "from") {
					return nil, false
				}
				break
			}
		}
	}
	return obj, true
}
